import type { Knex } from 'knex';
import { applyCondition } from '../public-reads/read-model/sql';
import { ITEMS } from '../public-reads/read-model/tables';
import type { Condition } from '../public-reads/read-model/condition';
import { SEARCH_DOCS, SEARCH_FTS, isSqlite } from './index-table';
import type { SearchTerms, Term } from './search-query';

export type SearchSort = 'relevance' | 'newest';

/** What to search and where: the parsed words, the types' keys, the read model's condition. */
export interface SearchPlan {
  terms: SearchTerms;
  keys: string[];
  /** every searched type: no filter on the type */
  allTypes: boolean;
  condition: Condition;
  from: Date | null;
  to: Date | null;
}

/** Words as a LIKE pattern over padded text: whole words, or words begun by the last one. */
const wordPattern = (words: string, prefix: boolean) => `%${startPattern(words, prefix)}`;

/** Padded text that begins with the words. */
const startPattern = (words: string, prefix: boolean) => ` ${words}${prefix ? '' : ' '}%`;

/** PostgreSQL: `thu & tuc & tuyen:*`; terms hold only letters and digits. */
const tsQuery = (required: Term[]) =>
  required.map((term) => `${term.folded}${term.prefix ? ':*' : ''}`).join(' & ');

/** SQLite FTS5: `"thu" "tuc" "tuyen"*`, every phrase in any column. */
const ftsQuery = (required: Term[]) =>
  required.map((term) => `"${term.folded}"${term.prefix ? '*' : ''}`).join(' ');

const matchWords = (knex: Knex, query: Knex.QueryBuilder, required: Term[]) => {
  if (isSqlite(knex)) {
    query.whereIn(
      's.id',
      knex(SEARCH_FTS)
        .select('rowid')
        .whereRaw(`${SEARCH_FTS} MATCH ?`, [ftsQuery(required)])
    );
  } else {
    query.whereRaw("s.words @@ to_tsquery('simple'::regconfig, ?)", [tsQuery(required)]);
  }
};

type Weighted = [column: string, pattern: string, weight: number];

/**
 * The same whole-number score on both databases: each required word in the title counts 4, in
 * the summary 2; a title that begins with the words 3; the words as a phrase 8 in the title, 4
 * in the summary, 2 in the body; words
 * typed with marks found with the same marks 2 in the title, 1 in the summary, the marked
 * phrase 3 in the title; 1 for being found at all.
 */
const scoreParts = ({ terms, required, phrase, markedPhrase }: SearchTerms): Weighted[] => {
  const parts: Weighted[] = [];
  for (const term of required) {
    parts.push(['s.title_words', wordPattern(term.folded, term.prefix), 4]);
    parts.push(['s.summary_words', wordPattern(term.folded, term.prefix), 2]);
    if (term.marked) {
      parts.push(['s.title_marked', wordPattern(term.marked, term.prefix), 2]);
      parts.push(['s.summary_marked', wordPattern(term.marked, term.prefix), 1]);
    }
  }
  const prefix = terms[terms.length - 1].prefix;
  parts.push(['s.title_words', startPattern(phrase, prefix), 3]);
  if (terms.length > 1) {
    parts.push(['s.title_words', wordPattern(phrase, prefix), 8]);
    parts.push(['s.summary_words', wordPattern(phrase, prefix), 4]);
    parts.push(['s.body_words', wordPattern(phrase, prefix), 2]);
    if (markedPhrase) {
      parts.push(['s.title_marked', wordPattern(markedPhrase, prefix), 3]);
    }
  }
  return parts;
};

export const scoreOf = (knex: Knex, terms: SearchTerms): Knex.Raw => {
  const parts = scoreParts(terms);
  const sql = ['1', ...parts.map(([column]) => `CASE WHEN ${column} LIKE ? THEN ? ELSE 0 END`)];
  return knex.raw(
    `(${sql.join(' + ')}) AS score`,
    parts.flatMap(([, pattern, weight]) => [pattern, weight])
  );
};

/**
 * What is ranked: the newest published rows that match, at most this many. Any query then costs
 * about the same at a million rows (a common word matches half of them); `from`/`to` reach
 * further back.
 */
export const MAX_CANDIDATES = 2000;

const SCORED_COLUMNS = [
  's.id',
  's.content_type',
  's.row_id',
  's.document_id',
  's.published_at',
  's.title',
  's.title_words',
  's.summary_words',
  's.body_words',
  's.title_marked',
  's.summary_marked',
];

/**
 * PostgreSQL reads at most this many of the newest published rows in index order before it falls
 * back to the full-text index. Its estimate for several common words is far too low (8,000 rows
 * estimated, 140,000 found), which makes it sort every match instead of reading the newest rows.
 */
export const WINDOW_ROWS = 20 * MAX_CANDIDATES;

/** `window`: the newest WINDOW_ROWS rows in index order; `all`: every row, the index's choice. */
export type Reach = 'window' | 'all';

/** The plan's types and days: filters on the search rows themselves. */
const ownFilters = (query: Knex.QueryBuilder, plan: SearchPlan, alias: string) => {
  query.whereNotNull(`${alias}.published_at`);
  if (!plan.allTypes) {
    query.whereIn(`${alias}.content_type`, plan.keys);
  }
  if (plan.from) {
    query.where(`${alias}.published_at`, '>=', plan.from);
  }
  if (plan.to) {
    query.where(`${alias}.published_at`, '<', plan.to);
  }
  return query;
};

const newestFirst = (alias: string) =>
  ['published_at', 'id'].map((column) => ({ column: `${alias}.${column}`, order: 'desc' }));

/**
 * Published search rows of the plan's types and days (as `s`); joined to the read model's items
 * (`i`) when the plan names a site, column or topic.
 */
const scoped = (knex: Knex, plan: SearchPlan, reach: Reach) => {
  const query: Knex.QueryBuilder =
    reach === 'window'
      ? knex.from(
          ownFilters(knex({ w: SEARCH_DOCS }).select('w.*'), plan, 'w')
            .orderBy(newestFirst('w'))
            .limit(WINDOW_ROWS)
            .as('s')
        )
      : ownFilters(knex({ s: SEARCH_DOCS }), plan, 's');
  if (plan.condition.op !== 'true') {
    query.join({ i: ITEMS }, function joinItems() {
      this.on('i.content_type', '=', 's.content_type').andOn('i.row_id', '=', 's.row_id');
    });
    applyCondition(knex, query, plan.condition);
  }
  return query;
};

type Match = (query: Knex.QueryBuilder) => void;

/** The newest rows that match, with what the score reads. */
const candidates = (
  knex: Knex,
  plan: SearchPlan,
  match: Match,
  { reach = 'all', limit = MAX_CANDIDATES }: { reach?: Reach; limit?: number } = {}
) => {
  const query = scoped(knex, plan, reach).select(...SCORED_COLUMNS);
  match(query);
  return query.orderBy(newestFirst('s')).limit(limit);
};

export interface Page {
  offset: number;
  limit: number;
  sort: SearchSort;
}

/** The candidates (as `s`) scored and ordered, one page of them. */
const ranked = (knex: Knex, inner: Knex.QueryBuilder, score: Knex.Raw, page: Page) => {
  const newest = ['s.published_at', 's.row_id'].map((column) => ({ column, order: 'desc' }));
  const byScore = { column: 'score', order: 'desc' };
  return knex
    .with('candidates', inner)
    .from({ s: 'candidates' })
    .select('s.content_type', 's.row_id', 's.document_id', 's.published_at', 's.title', score)
    .orderBy(page.sort === 'relevance' ? [byScore, ...newest] : [...newest, byScore])
    .offset(page.offset)
    .limit(page.limit);
};

const counted = (knex: Knex, inner: Knex.QueryBuilder) =>
  knex.from(inner.as('candidates')).count({ n: '*' });

const wordsMatch =
  (knex: Knex, plan: SearchPlan): Match =>
  (query) =>
    matchWords(knex, query, plan.terms.required);

/**
 * One page of hits: the newest matches scored, ordered. Within the window they are the same rows
 * as over all rows whenever the window holds MAX_CANDIDATES matches.
 */
export const hitsStatement = (knex: Knex, plan: SearchPlan, page: Page, reach: Reach = 'all') =>
  ranked(
    knex,
    candidates(knex, plan, wordsMatch(knex, plan), { reach }),
    scoreOf(knex, plan.terms),
    page
  );

/** How many rows match, up to MAX_CANDIDATES. */
export const countStatement = (knex: Knex, plan: SearchPlan, reach: Reach = 'all') =>
  counted(knex, candidates(knex, plan, wordsMatch(knex, plan), { reach }));

/** Row ids of a type's search rows (drafts too) holding every required word, newest rows first. */
export const matchingRowsStatement = (
  knex: Knex,
  key: string,
  terms: SearchTerms,
  limit: number
): Knex.QueryBuilder<{ row_id: number }, Array<{ row_id: number }>> => {
  const query = knex({ s: SEARCH_DOCS })
    .select('s.row_id')
    .where('s.content_type', key)
    .orderBy('s.row_id', 'desc')
    .limit(limit);
  matchWords(knex, query, terms.required);
  return query;
};

/**
 * PostgreSQL with trigrams, when no item holds every word: titles that hold something close to
 * the words typed (`thu tuc truc tiyen`), scored by their similarity.
 */
const similarTitles = (plan: SearchPlan) => {
  const text = plan.terms.terms.map((term) => term.folded).join(' ');
  const match: Match = (query) => query.whereRaw('? <% s.title_words', [text]);
  return {
    match,
    score: (knex: Knex) =>
      knex.raw(
        'CAST(ROUND(CAST(word_similarity(?, s.title_words) * 10 AS numeric)) AS integer) AS score',
        [text]
      ),
  };
};

export const similarHitsStatement = (knex: Knex, plan: SearchPlan, page: Page) => {
  const { match, score } = similarTitles(plan);
  return ranked(knex, candidates(knex, plan, match), score(knex), page);
};

export const similarCountStatement = (knex: Knex, plan: SearchPlan) =>
  counted(knex, candidates(knex, plan, similarTitles(plan).match));

/** Suggestions rank the newest titles that hold the phrase typed, at most this many. */
const SUGGEST_CANDIDATES = 200;

/**
 * Titles for a search box: those holding the words typed as a phrase (the last one begun),
 * titles that start with it first, then exact marks, then the newest.
 */
export const suggestStatement = (knex: Knex, plan: SearchPlan, limit: number) => {
  const { terms, phrase, markedPhrase } = plan.terms;
  const prefix = terms[terms.length - 1].prefix;
  const match: Match = (query) => {
    query.where('s.title_words', 'like', wordPattern(phrase, prefix));
    if (isSqlite(knex)) {
      query.whereIn(
        's.id',
        knex(SEARCH_FTS)
          .select('rowid')
          .whereRaw(`${SEARCH_FTS} MATCH ?`, [`title_words : (${ftsQuery(terms)})`])
      );
    }
  };
  const score = knex.raw(
    '(CASE WHEN s.title_words LIKE ? THEN 2 ELSE 0 END' +
      ' + CASE WHEN s.title_marked LIKE ? THEN 1 ELSE 0 END) AS score',
    [startPattern(phrase, prefix), markedPhrase ? wordPattern(markedPhrase, prefix) : '']
  );
  const page = { offset: 0, limit, sort: 'relevance' as const };
  return ranked(knex, candidates(knex, plan, match, { limit: SUGGEST_CANDIDATES }), score, page);
};
