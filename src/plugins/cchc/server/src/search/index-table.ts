import type { Knex } from 'knex';

/**
 * One row per row of a searched type (drafts too, for the admin's list search; the public search
 * reads published rows through the read model): its words, folded and as written.
 */
export const SEARCH_DOCS = 'cchc_search_docs';
/** SQLite's full-text index over the folded words (FTS5, external content). */
export const SEARCH_FTS = 'cchc_search_fts';

export const isSqlite = (knex: Knex) => /sqlite/.test(String(knex.client.config.client));

const WORD_COLUMNS = ['title_words', 'summary_words', 'body_words'];

const createDocs = (knex: Knex) =>
  knex.schema.createTable(SEARCH_DOCS, (table) => {
    table.increments('id');
    table.string('content_type', 64).notNullable();
    table.integer('row_id').notNullable();
    table.string('document_id', 255).notNullable();
    // null on a draft row: the public search reads published rows, the admin's list both
    table.datetime('published_at', { useTz: false, precision: 6 }).nullable();
    table.text('title').notNullable();
    for (const column of WORD_COLUMNS) {
      table.text(column).notNullable();
    }
    table.text('title_marked').notNullable();
    table.text('summary_marked').notNullable();
    table.unique(['content_type', 'row_id']);
    table.index(['content_type', 'document_id'], 'cchc_search_docs_document_idx');
    // the newest matches first: a common word is answered from the newest rows down
    table.index(['published_at', 'id'], 'cchc_search_docs_recent_idx');
  });

/**
 * PostgreSQL matches words with a tsvector of the folded words (`simple`: Vietnamese has no
 * stemmer), generated from the row so no write can leave it behind, and finds typos and title
 * prefixes with trigrams when the `pg_trgm` extension can be had.
 */
const indexPostgres = async (knex: Knex) => {
  await knex.raw(
    `ALTER TABLE ${SEARCH_DOCS} ADD COLUMN IF NOT EXISTS words tsvector GENERATED ALWAYS AS ` +
      `(to_tsvector('simple'::regconfig, title_words || summary_words || body_words)) STORED`
  );
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS cchc_search_docs_words_idx ON ${SEARCH_DOCS} USING gin (words)`
  );
  try {
    // a savepoint inside the migration's transaction, a transaction of its own otherwise
    await knex.transaction(async (inner) => {
      await inner.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await inner.raw(
        `CREATE INDEX IF NOT EXISTS cchc_search_docs_title_trgm_idx ON ${SEARCH_DOCS} ` +
          'USING gin (title_words gin_trgm_ops)'
      );
    });
  } catch {
    // not allowed to create extensions: search works, without typo tolerance
  }
};

const columns = WORD_COLUMNS.join(', ');
const values = (row: 'new' | 'old') => WORD_COLUMNS.map((column) => `${row}.${column}`).join(', ');

/** SQLite keeps an FTS5 index of the folded words in step with the rows by triggers. */
const indexSqlite = async (knex: Knex) => {
  await knex.raw(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${SEARCH_FTS} USING fts5(${columns}, ` +
      `content='${SEARCH_DOCS}', content_rowid='id', tokenize="unicode61 remove_diacritics 2")`
  );
  const remove = `INSERT INTO ${SEARCH_FTS}(${SEARCH_FTS}, rowid, ${columns}) VALUES ('delete', old.id, ${values('old')});`;
  const add = `INSERT INTO ${SEARCH_FTS}(rowid, ${columns}) VALUES (new.id, ${values('new')});`;
  const triggers = [
    `CREATE TRIGGER IF NOT EXISTS cchc_search_docs_ai AFTER INSERT ON ${SEARCH_DOCS} BEGIN ${add} END`,
    `CREATE TRIGGER IF NOT EXISTS cchc_search_docs_ad AFTER DELETE ON ${SEARCH_DOCS} BEGIN ${remove} END`,
    `CREATE TRIGGER IF NOT EXISTS cchc_search_docs_au AFTER UPDATE ON ${SEARCH_DOCS} BEGIN ${remove} ${add} END`,
  ];
  for (const trigger of triggers) {
    await knex.raw(trigger);
  }
};

/** The search index's tables, created by a migration; idempotent. */
export const createSearchTables = async (knex: Knex) => {
  if (!(await knex.schema.hasTable(SEARCH_DOCS))) {
    await createDocs(knex);
  }
  await (isSqlite(knex) ? indexSqlite(knex) : indexPostgres(knex));
};

/** Whether PostgreSQL has the trigram index (typo tolerance); false on SQLite. */
export const hasTrigrams = async (knex: Knex): Promise<boolean> => {
  if (isSqlite(knex)) {
    return false;
  }
  const { rows } = (await knex.raw(
    "SELECT 1 FROM pg_indexes WHERE indexname = 'cchc_search_docs_title_trgm_idx'"
  )) as { rows: unknown[] };
  return rows.length > 0;
};

/** PostgreSQL's estimate of the index's rows (drafts too), from its statistics; -1 before any. */
export const estimatedRows = async (knex: Knex): Promise<number> => {
  const { rows } = (await knex.raw('SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)', [
    SEARCH_DOCS,
  ])) as { rows: Array<{ reltuples: number | string }> };
  return Number(rows[0]?.reltuples ?? -1);
};
