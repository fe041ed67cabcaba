import type { Knex } from 'knex';

/** One row per published item of a read type: what lists filter and sort on. */
export const ITEMS = 'cchc_read_items';
/** The items' relations to reference data (column, topics, campaign), one row per target. */
export const LINKS = 'cchc_read_links';
/** A random version per scope (a read type, or `common` for reference data and access), bumped in each change's transaction. */
export const VERSIONS = 'cchc_content_versions';

const INDEXES = [
  `CREATE INDEX IF NOT EXISTS cchc_read_items_recent_idx ON ${ITEMS} (content_type, published_at DESC, row_id DESC)`,
  `CREATE INDEX IF NOT EXISTS cchc_read_items_unit_idx ON ${ITEMS} (content_type, unit_id, published_at DESC, row_id DESC)`,
  // a site's units reached through sharing: their shared items only, newest first
  `CREATE INDEX IF NOT EXISTS cchc_read_items_unit_shared_idx ON ${ITEMS} (content_type, unit_id, shared, published_at DESC, row_id DESC)`,
  `CREATE INDEX IF NOT EXISTS cchc_read_items_document_idx ON ${ITEMS} (content_type, document_id)`,
  `CREATE INDEX IF NOT EXISTS cchc_read_links_target_idx ON ${LINKS} (content_type, field, target_id, published_at DESC, row_id DESC)`,
];

/**
 * The read model's tables, created by a migration before Strapi's schema sync (Strapi leaves
 * tables it never created alone). Idempotent.
 */
export const createReadModelTables = async (knex: Knex) => {
  if (!(await knex.schema.hasTable(ITEMS))) {
    await knex.schema.createTable(ITEMS, (table) => {
      table.string('content_type', 64).notNullable();
      table.integer('row_id').notNullable();
      table.string('document_id', 255).notNullable();
      table.integer('unit_id').nullable();
      table.smallint('shared').nullable();
      table.datetime('published_at', { useTz: false, precision: 6 }).notNullable();
      table.primary(['content_type', 'row_id']);
    });
  }
  if (!(await knex.schema.hasTable(LINKS))) {
    await knex.schema.createTable(LINKS, (table) => {
      table.string('content_type', 64).notNullable();
      table.integer('row_id').notNullable();
      table.string('field', 64).notNullable();
      table.integer('target_id').notNullable();
      table.datetime('published_at', { useTz: false, precision: 6 }).notNullable();
      table.primary(['content_type', 'row_id', 'field', 'target_id']);
    });
  }
  if (!(await knex.schema.hasTable(VERSIONS))) {
    await knex.schema.createTable(VERSIONS, (table) => {
      table.string('scope', 255).primary();
      table.string('version', 32).notNullable();
      table.bigInteger('changed_at').notNullable();
    });
  }
  for (const statement of INDEXES) {
    await knex.raw(statement);
  }
};
