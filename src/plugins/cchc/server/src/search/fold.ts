/** The words of a text: letters and digits, lowercased, in NFC (how Vietnamese is compared). */
export const wordsOf = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** A word without tone or vowel marks: `thủ` → `thu`, `đăng` → `dang`, `ư`/`ơ` → `u`/`o`. */
export const stripMarks = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd');

/** A word as the index compares it: marks stripped, and `dd` (how Telex types `đ`) as `d`. */
export const foldWord = (word: string): string => stripMarks(word).replace(/dd/g, 'd');

/** Words joined by one space, with a space at each end, so `LIKE '% word %'` finds whole words. */
export const padded = (words: string[]): string => ` ${words.join(' ')} `;

/** A text as the index stores it: folded words, padded. */
export const foldedText = (text: string): string => padded(wordsOf(text).map(foldWord));

/** A text as typed, marks kept, for ranking exact matches above folded ones. */
export const markedText = (text: string): string => padded(wordsOf(text));
