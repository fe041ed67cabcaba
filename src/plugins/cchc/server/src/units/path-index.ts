import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { pluginConfig } from '../core/plugin-config';

/**
 * The prefix index "below U" queries rely on. Strapi's schema indexes cannot name an operator
 * class, and PostgreSQL answers `LIKE 'prefix%'` from a btree only with `text_pattern_ops`, so
 * this index is ours. Strapi keeps indexes it did not create through its schema sync.
 */
const unitTable = (strapi: Core.Strapi) =>
  strapi.db.metadata.get(pluginConfig(strapi).unitUid).tableName;

const indexName = (table: string) => `${table}_path_idx`;

const indexExists = async (knex: Knex, client: string, name: string) => {
  if (client === 'postgres') {
    const { rows } = await knex.raw<{ rows: unknown[] }>(
      'SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?',
      [name]
    );
    return rows.length > 0;
  }
  const rows = await knex('sqlite_master').where({ type: 'index', name }).select('name');
  return rows.length > 0;
};

const createIndex = async (knex: Knex, client: string, table: string) => {
  const opclass = client === 'postgres' ? ' text_pattern_ops' : '';
  await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (path${opclass})`, [indexName(table), table]);
};

/**
 * Run by the migration: creates the index where the units table already exists (an upgrade).
 * On a new database Strapi runs migrations before it creates its tables; `ensureUnitPathIndex`
 * then creates the index on the first boot.
 */
export const createUnitPathIndexWhereTableExists = async (strapi: Core.Strapi, knex: Knex) => {
  const table = unitTable(strapi);
  if (await knex.schema.hasTable(table)) {
    await createIndex(knex, strapi.db.dialect.client, table);
  }
};

/** At boot: one catalog lookup; DDL only on the first boot of a new database. */
export const ensureUnitPathIndex = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  const table = unitTable(strapi);
  if (await indexExists(knex, client, indexName(table))) {
    return false;
  }
  await createIndex(knex, client, table);
  return true;
};
