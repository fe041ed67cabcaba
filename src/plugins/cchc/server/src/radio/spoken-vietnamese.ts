/**
 * How long a Vietnamese text takes to read aloud. Vietnamese is written one syllable per word, so
 * the work is in what is not written as words: numbers, dates, times, percentages and
 * abbreviations, which an announcer reads out in full.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ'];

/** Abbreviations of public administration, as read on the radio. */
export const ABBREVIATIONS: Record<string, string> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  CCHC: 'cải cách hành chính',
  TTHC: 'thủ tục hành chính',
  DVC: 'dịch vụ công',
  DVCTT: 'dịch vụ công trực tuyến',
  CCCD: 'căn cước công dân',
  BHYT: 'bảo hiểm y tế',
  BHXH: 'bảo hiểm xã hội',
  MTTQ: 'Mặt trận Tổ quốc',
  VHTT: 'văn hóa thông tin',
  'VH-TT': 'văn hóa thông tin',
  'KT-XH': 'kinh tế xã hội',
  CNTT: 'công nghệ thông tin',
  THCS: 'trung học cơ sở',
  THPT: 'trung học phổ thông',
  TP: 'thành phố',
  TW: 'trung ương',
  NĐ: 'nghị định',
  CP: 'chính phủ',
  'NĐ-CP': 'nghị định chính phủ',
  'QĐ-UBND': 'quyết định ủy ban nhân dân',
  'KH-UBND': 'kế hoạch ủy ban nhân dân',
  VNeID: 'vê en e ai đi',
  PAR: 'pa',
};

/** Words of a whole number below one thousand; `full` reads a zero hundreds ("không trăm"). */
const belowThousand = (n: number, full: boolean): string[] => {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) {
    words.push(DIGITS[hundreds], 'trăm');
  }
  if (tens === 0) {
    if (units > 0) {
      if (words.length > 0) {
        words.push('linh');
      }
      words.push(DIGITS[units]);
    }
    return words;
  }
  words.push(...(tens === 1 ? ['mười'] : [DIGITS[tens], 'mươi']));
  if (units === 1 && tens > 1) {
    words.push('mốt');
  } else if (units === 5) {
    words.push('lăm');
  } else if (units === 4 && tens > 1) {
    words.push('tư');
  } else if (units > 0) {
    words.push(DIGITS[units]);
  }
  return words;
};

/** The words of a whole number as read aloud: 2022 → hai nghìn không trăm hai mươi hai. */
export const numberWords = (value: number): string[] => {
  if (!Number.isFinite(value) || value < 0) {
    return [];
  }
  if (value === 0) {
    return ['không'];
  }
  const groups: number[] = [];
  for (let rest = Math.floor(value); rest > 0; rest = Math.floor(rest / 1000)) {
    groups.push(rest % 1000);
  }
  const words: string[] = [];
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index];
    if (group === 0) {
      continue;
    }
    words.push(...belowThousand(group, index < groups.length - 1));
    if (GROUPS[index]) {
      words.push(GROUPS[index]);
    }
  }
  return words;
};

const digitsOf = (text: string) => Number(text.replace(/\./g, ''));

/** The spoken words of one token that is not a plain word; null when it is one. */
const spokenToken = (token: string): string[] | null => {
  const abbreviation = ABBREVIATIONS[token] ?? ABBREVIATIONS[token.toUpperCase()];
  if (abbreviation) {
    return abbreviation.split(/\s+/);
  }
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(token);
  if (match) {
    const [, d, m, y] = match;
    return [...numberWords(+d), 'tháng', ...numberWords(+m), 'năm', ...numberWords(+y)];
  }
  match = /^(\d{1,2})\/(\d{4})$/.exec(token);
  if (match) {
    return [...numberWords(+match[1]), 'năm', ...numberWords(+match[2])];
  }
  match = /^(\d{1,2})\/(\d{1,2})$/.exec(token);
  if (match) {
    return [...numberWords(+match[1]), 'tháng', ...numberWords(+match[2])];
  }
  match = /^(\d{1,2})(?:h|giờ|:)(\d{2})?(?:p|')?$/i.exec(token);
  if (match && (match[2] !== undefined || /h$/i.test(token))) {
    return [
      ...numberWords(+match[1]),
      'giờ',
      ...(match[2] && +match[2] > 0 ? numberWords(+match[2]) : []),
    ];
  }
  match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%)?$/.exec(token);
  if (match) {
    const [, whole, decimals, percent] = match;
    return [
      ...numberWords(digitsOf(whole)),
      ...(decimals ? ['phẩy', ...numberWords(+decimals)] : []),
      ...(percent ? ['phần', 'trăm'] : []),
    ];
  }
  if (/^[A-ZĐ]{2,6}$/.test(token)) {
    return token.split(''); // an unknown abbreviation is spelt out, a letter a syllable
  }
  if (/\d/.test(token)) {
    // mixed, such as 45/2020/NĐ-CP: read part by part
    return token
      .split(/[/\-.,]+/)
      .filter(Boolean)
      .flatMap((part) => spokenToken(part) ?? [part]);
  }
  return null;
};

const VOWEL_GROUPS =
  /[aăâeêioôơuưyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]+/gi;

/** Syllables of a written word: one for Vietnamese, one per vowel group for a foreign word. */
const syllablesOfWord = (word: string) => {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters === '') {
    return 0;
  }
  const diacritics = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;
  if (diacritics.test(letters)) {
    return 1;
  }
  return Math.max(1, letters.match(VOWEL_GROUPS)?.length ?? 1);
};

/** A token as it stands in the text, without the punctuation around it. */
const trimPunctuation = (token: string) =>
  token.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}%']+$/u, '');

/** Syllables of a token: read out in full when it is a number or an abbreviation. */
const syllablesOfToken = (token: string): number => {
  const spoken = spokenToken(token);
  if (spoken) {
    return spoken.length;
  }
  if (token.includes('-')) {
    return token
      .split('-')
      .filter(Boolean)
      .reduce((sum, part) => sum + syllablesOfToken(part), 0);
  }
  return syllablesOfWord(token);
};

export interface SpokenEstimate {
  syllables: number;
  /** Sentence ends, each read with a short pause. */
  pauses: number;
  seconds: number;
}

/** Pause after a sentence, in seconds. */
export const SENTENCE_PAUSE_SECONDS = 0.5;
export const DEFAULT_SYLLABLES_PER_MINUTE = 200;

/** Syllables and reading time of a text at `syllablesPerMinute`. */
export const estimateSpoken = (
  text: string,
  syllablesPerMinute = DEFAULT_SYLLABLES_PER_MINUTE
): SpokenEstimate => {
  let syllables = 0;
  for (const raw of text.split(/\s+/)) {
    const token = trimPunctuation(raw);
    if (token === '') {
      continue;
    }
    syllables += syllablesOfToken(token);
  }
  const pauses = (text.match(/[.!?…]+(?=\s|$)/g) ?? []).length;
  const seconds = Math.round(
    (syllables * 60) / syllablesPerMinute + pauses * SENTENCE_PAUSE_SECONDS
  );
  return { syllables, pauses, seconds };
};
