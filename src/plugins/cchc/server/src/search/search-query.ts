import { errors } from '@strapi/utils';
import { foldWord, stripMarks, wordsOf } from './fold';

/** One word of a search, as the index compares it. */
export interface Term {
  folded: string;
  /** the word as typed, when it carries marks (`số`): exact matches rank above folded ones */
  marked: string | null;
  /** the last word while the user is still typing it: matches words it begins */
  prefix: boolean;
}

export interface SearchTerms {
  /** every word of the query, in order */
  terms: Term[];
  /** the words an item must hold (all of them, in any field): common short words left out */
  required: Term[];
  /** the folded words in order, for phrase matches */
  phrase: string;
  /** the words as typed, in order, when any carries marks */
  markedPhrase: string | null;
}

export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 200;

/**
 * Common function words (folded) that match nearly every item: left out of what an item must
 * hold, kept for phrase matches. Words that fold onto content words (`co`: có/cơ quan, `de`:
 * để/đề án, `tu`: từ/tư pháp, `dang`: đang/đăng ký) are not here.
 */
const COMMON_WORDS = new Set([
  'va',
  'cua',
  'cac',
  'la',
  'nhung',
  'duoc',
  'voi',
  'cho',
  'trong',
  'mot',
  'nay',
  'cung',
  'thi',
  'ma',
  'o',
  'tai',
  've',
  'se',
  'nhu',
  'khi',
  'theo',
  'vao',
  'ra',
  'hay',
  'hoac',
]);

const invalid = (message: string) =>
  new errors.ValidationError(message, {
    errors: [{ path: ['q'], message, name: 'ValidationError' }],
  });

/** What a search box sent, as terms; a 400 for what cannot be searched. Operators are just words. */
export const parseSearchText = (raw: unknown): SearchTerms => {
  if (typeof raw !== 'string' || raw.trim().length < MIN_QUERY_LENGTH) {
    throw invalid(`Từ khoá tìm kiếm (q) cần ít nhất ${MIN_QUERY_LENGTH} ký tự.`);
  }
  if (raw.length > MAX_QUERY_LENGTH) {
    throw invalid(`Từ khoá tìm kiếm (q) dài quá ${MAX_QUERY_LENGTH} ký tự.`);
  }
  const words = wordsOf(raw).slice(0, 12);
  if (words.length === 0) {
    throw invalid('Từ khoá tìm kiếm (q) không có chữ hay số nào để tìm.');
  }
  const typing = !/\s$/.test(raw);
  const terms = words.map((word, index) => {
    const folded = foldWord(word);
    return {
      folded,
      marked: stripMarks(word) === word ? null : word,
      prefix: typing && index === words.length - 1,
    };
  });
  const content = terms.filter((term) => term.prefix || !COMMON_WORDS.has(term.folded));
  return {
    terms,
    required: content.length > 0 ? content : terms,
    phrase: terms.map((term) => term.folded).join(' '),
    markedPhrase: terms.some((term) => term.marked) ? words.join(' ') : null,
  };
};
