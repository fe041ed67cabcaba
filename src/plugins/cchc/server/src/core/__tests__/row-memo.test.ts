import { forgetRows, memoisedRow, rowMemoOpen, withRowMemo } from '../row-memo';

const ARTICLE = 'api::article.article';
const UNIT = 'api::unit.unit';

/** A stored row and a loader that counts how often the database would be asked for it. */
const table = (stored: Record<string, unknown>) => {
  let reads = 0;
  return {
    load: async () => {
      reads += 1;
      return structuredClone(stored);
    },
    get reads() {
      return reads;
    },
  };
};

const readArticle = (rows: ReturnType<typeof table>, key = 'draft') =>
  memoisedRow(key, new Set([ARTICLE, UNIT]), rows.load);

describe('one read of a row per write', () => {
  test('outside a write every read reaches the database', async () => {
    const rows = table({ title: 'Tin' });
    await readArticle(rows);
    await readArticle(rows);
    expect(rowMemoOpen()).toBe(false);
    expect(rows.reads).toBe(2);
  });

  test('the rules of one write share the read, each with its own copy', async () => {
    const rows = table({ title: 'Tin', unit: { name: 'Xã A' } });
    await withRowMemo(async () => {
      const first = await readArticle(rows);
      first!.title = 'changed by one rule';
      const second = await readArticle(rows);
      expect(second).toEqual({ title: 'Tin', unit: { name: 'Xã A' } });
    });
    expect(rows.reads).toBe(1);
  });

  test('rules reading at the same time share one read', async () => {
    const rows = table({ title: 'Tin' });
    await withRowMemo(() => Promise.all([readArticle(rows), readArticle(rows)]));
    expect(rows.reads).toBe(1);
  });

  test('a write to the type, or to a type the row populates, makes the read stale', async () => {
    const rows = table({ title: 'Tin' });
    await withRowMemo(async () => {
      await readArticle(rows);
      forgetRows(ARTICLE);
      await readArticle(rows);
      forgetRows(UNIT);
      await readArticle(rows);
      forgetRows('api::topic.topic');
      await readArticle(rows);
    });
    expect(rows.reads).toBe(3);
  });

  test('different shapes are read separately', async () => {
    const rows = table({ title: 'Tin' });
    await withRowMemo(async () => {
      await readArticle(rows, 'draft');
      await readArticle(rows, 'draft with topics');
    });
    expect(rows.reads).toBe(2);
  });

  test('a write nested in another shares its memo; one that fails empties it', async () => {
    const rows = table({ title: 'Tin' });
    await withRowMemo(async () => {
      await readArticle(rows);
      await withRowMemo(() => readArticle(rows));
      expect(rows.reads).toBe(1);
      await expect(
        withRowMemo(async () => {
          throw new Error('rolled back');
        })
      ).rejects.toThrow('rolled back');
      await readArticle(rows);
    });
    expect(rows.reads).toBe(2);
  });

  test('a failed read is not kept', async () => {
    let attempts = 0;
    const flaky = async () => {
      attempts += 1;
      if (attempts === 1) {
        throw new Error('connection reset');
      }
      return { title: 'Tin' };
    };
    await withRowMemo(async () => {
      await expect(memoisedRow('draft', new Set([ARTICLE]), flaky)).rejects.toThrow();
      await expect(memoisedRow('draft', new Set([ARTICLE]), flaky)).resolves.toEqual({
        title: 'Tin',
      });
    });
    expect(attempts).toBe(2);
  });

  test('a memo ends with its write', async () => {
    const rows = table({ title: 'Tin' });
    await withRowMemo(() => readArticle(rows));
    await withRowMemo(() => readArticle(rows));
    expect(rows.reads).toBe(2);
  });
});
