import type { Core } from '@strapi/strapi';

/** A relation's link table as the query engine names it. */
export interface JoinTableMeta {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** An attribute as the query engine maps it to columns: what the plugin's own SQL reads. */
export interface AttributeMeta {
  type: string;
  relation?: string;
  target?: string;
  joinTable?: JoinTableMeta;
  columnName?: string;
}

export interface TableMeta {
  tableName: string;
  attributes: Record<string, AttributeMeta>;
}

/**
 * The query engine's mapping of `uid` to its table, columns and link tables. The engine types an
 * attribute as a union over every relation kind (a polymorphic link table has no inverse
 * column); the plugin's SQL goes through plain relations only, which all have this shape.
 */
export const tableMetaOf = (strapi: Core.Strapi, uid: string): TableMeta =>
  strapi.db.metadata.get(uid) as unknown as TableMeta;
