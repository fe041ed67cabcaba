import { escapeHtml } from '../core/html';
import { foldWord } from './fold';
import type { Term } from './search-query';

const WORD = /[\p{L}\p{N}]+/gu;

const matches = (word: string, terms: Term[]) => {
  const folded = foldWord(word.normalize('NFC').toLowerCase());
  return terms.some((term) =>
    term.prefix ? folded.startsWith(term.folded) : folded === term.folded
  );
};

/** The text, HTML-escaped, with `<mark>` around each word the search matched. */
export const highlight = (text: string, terms: Term[]): string => {
  let html = '';
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    const word = found[0];
    html += escapeHtml(text.slice(last, start));
    html += matches(word, terms) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word);
    last = start + word.length;
  }
  return html + escapeHtml(text.slice(last));
};

/** Where the first matched word begins, or -1. */
const firstMatch = (text: string, terms: Term[]) => {
  for (const found of text.matchAll(WORD)) {
    if (matches(found[0], terms)) {
      return found.index;
    }
  }
  return -1;
};

const SNIPPET_LENGTH = 200;
const LEAD = 60;

/**
 * A short passage of the first text holding a matched word, cut at word boundaries around it,
 * highlighted; the start of the first text when none holds one. Null when there is no text.
 */
export const snippet = (texts: Array<string | null | undefined>, terms: Term[]): string | null => {
  const present = texts.map((text) => (text ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (present.length === 0) {
    return null;
  }
  const found = present.map((text) => ({ text, at: firstMatch(text, terms) }));
  const { text, at } = found.find((candidate) => candidate.at >= 0) ?? { text: present[0], at: 0 };
  let start = Math.max(0, at - LEAD);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : at;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > at ? space : end;
  }
  const passage = highlight(text.slice(start, end), terms);
  return `${start > 0 ? '… ' : ''}${passage}${end < text.length ? ' …' : ''}`;
};
