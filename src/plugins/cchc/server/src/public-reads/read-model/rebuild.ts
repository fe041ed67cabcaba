import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { readTypes, type ReadType } from '../read-types';
import { refreshReadModel } from './refresh';

const present = async (knex: Knex, type: ReadType) => {
  const tables = [type.table, type.owner.table, ...type.links.map((link) => link.table)];
  for (const table of tables) {
    if (!(await knex.schema.hasTable(table))) {
      return false;
    }
  }
  return !type.sharedColumn || knex.schema.hasColumn(type.table, type.sharedColumn);
};

/**
 * Fills the read model from the published rows of every read type whose tables exist (none on
 * a new database, whose tables Strapi creates after the migrations). Returns the types filled.
 */
export const rebuildWhereTablesExist = async (strapi: Core.Strapi, knex: Knex) => {
  const filled: string[] = [];
  for (const type of readTypes(strapi)) {
    if (await present(knex, type)) {
      await refreshReadModel(knex, type, null);
      filled.push(type.uid);
    }
  }
  return filled;
};
