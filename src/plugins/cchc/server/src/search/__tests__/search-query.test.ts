import { parseSearchText } from '../search-query';

describe('what a search box sends', () => {
  test('words folded, marks kept where typed, the last word a prefix while typing', () => {
    const { terms, phrase, markedPhrase } = parseSearchText('Số hồ sơ');
    expect(terms).toEqual([
      { folded: 'so', marked: 'số', prefix: false },
      { folded: 'ho', marked: 'hồ', prefix: false },
      { folded: 'so', marked: 'sơ', prefix: true },
    ]);
    expect(phrase).toBe('so ho so');
    expect(markedPhrase).toBe('số hồ sơ');
    expect(parseSearchText('so ho so ').terms[2].prefix).toBe(false);
    expect(parseSearchText('thu tuc').markedPhrase).toBeNull();
  });

  test('common short words are not required, unless they are all there is', () => {
    expect(parseSearchText('thủ tục của xã và huyện ').required.map((t) => t.folded)).toEqual([
      'thu',
      'tuc',
      'xa',
      'huyen',
    ]);
    expect(parseSearchText('của và ').required.map((t) => t.folded)).toEqual(['cua', 'va']);
    // words that fold onto content words stay: có / cơ quan
    expect(parseSearchText('co quan ').required.map((t) => t.folded)).toEqual(['co', 'quan']);
  });

  test('operators and SQL are words', () => {
    expect(parseSearchText("'; DROP TABLE x; --").terms.map((t) => t.folded)).toEqual([
      'drop',
      'table',
      'x',
    ]);
    expect(parseSearchText('a & b | !c:*').terms.map((t) => t.folded)).toEqual(['a', 'b', 'c']);
  });

  test.each([[undefined], [''], ['a'], [' '], ['!!'], ['x'.repeat(201)], [['thu', 'tuc']]])(
    '%p is refused with a message',
    (q) => {
      expect(() => parseSearchText(q)).toThrow(/q/);
    }
  );
});
