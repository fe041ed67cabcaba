import { AsyncLocalStorage } from 'node:async_hooks';

type Row = Record<string, unknown>;
/** A row read in this write, and the types it was read from (its own, and those it populates). */
interface Entry {
  row: Promise<Row | null>;
  from: ReadonlySet<string>;
}
type Memo = Map<string, Entry>;

const scopes = new AsyncLocalStorage<Memo>();

/**
 * Runs one Document Service write with a memo of the rows it starts from, so that the rules of
 * one write (unit scope, review, webhooks, audit, the scheduler) read a document's current row
 * once instead of once each. A write nested in another shares the outer memo; one that fails
 * empties it, since what it wrote was rolled back.
 */
export const withRowMemo = async <T>(run: () => Promise<T>): Promise<T> => {
  const memo = scopes.getStore();
  if (!memo) {
    return scopes.run(new Map(), run);
  }
  try {
    return await run();
  } catch (error) {
    memo.clear();
    throw error;
  }
};

/** Each caller gets its own copy: a rule that amends the row it read changes nobody else's. */
const copyOf = (row: Row | null) => (row ? structuredClone(row) : null);

/**
 * The row `load` reads, read once per write for the same key; `from` names the types whose
 * rows it holds, so that a write to any of them forgets it.
 */
export const memoisedRow = async (
  key: string,
  from: ReadonlySet<string>,
  load: () => Promise<Row | null>
): Promise<Row | null> => {
  const memo = scopes.getStore();
  if (!memo) {
    return load();
  }
  let entry = memo.get(key);
  if (!entry) {
    const row = load();
    entry = { row, from };
    memo.set(key, entry);
    row.catch(() => memo.delete(key));
  }
  return copyOf(await entry.row);
};

/** Called by everything that writes rows of `uid`: what was read of them is stale. */
export const forgetRows = (uid: string) => {
  const memo = scopes.getStore();
  if (!memo) {
    return;
  }
  for (const [key, entry] of memo) {
    if (entry.from.has(uid)) {
      memo.delete(key);
    }
  }
};

/** Whether a memo is open: inside a write, reads take the wider shape that rules can share. */
export const rowMemoOpen = () => scopes.getStore() !== undefined;
