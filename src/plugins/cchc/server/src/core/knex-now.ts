import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Runs raw SQL on the current transaction when there is one (SQLite has a single connection:
 * a query beside an open transaction would wait for it forever), else on the pool.
 */
export const withKnex = async <T>(
  strapi: Core.Strapi,
  run: (knex: Knex) => Promise<T>
): Promise<T> =>
  strapi.db.inTransaction()
    ? await strapi.db.transaction(({ trx }) => run(trx as Knex.Transaction))
    : run(strapi.db.connection);
