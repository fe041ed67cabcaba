import type { Core } from '@strapi/strapi';
import { forgetRows } from './row-memo';

type Repository = ReturnType<Core.Strapi['db']['query']>;
type FindOneParams = NonNullable<Parameters<Repository['findOne']>[0]>;
type FindManyParams = NonNullable<Parameters<Repository['findMany']>[0]>;
type WriteParams = Parameters<Repository['update']>[0];

/**
 * One table read and written through Strapi's query engine, with the shape of its rows
 * declared by the caller. The engine answers `any`; this is the one place that trusts it, so
 * the rest of the plugin reads typed rows instead of asserting them. For content that has
 * drafts and document middlewares, prefer the Document Service; the query engine is for the
 * plugin's own machinery tables and for reads inside document middlewares (which must not
 * re-enter them).
 */
export interface Rows<Row> {
  findOne(params?: FindOneParams): Promise<Row | null>;
  findMany(params?: FindManyParams): Promise<Row[]>;
  count(params?: FindManyParams): Promise<number>;
  create(params: WriteParams): Promise<Row>;
  update(params: WriteParams): Promise<Row | null>;
  updateMany(params: WriteParams): Promise<{ count: number }>;
  delete(params: WriteParams): Promise<Row | null>;
  deleteMany(params?: WriteParams): Promise<{ count: number }>;
}

/** Rows of `uid` as `Row`: what the caller's `select` and `populate` make of them. */
export const rowsOf = <Row = Record<string, unknown>>(
  strapi: Core.Strapi,
  uid: string
): Rows<Row> => {
  const query: Rows<Row> = strapi.db.query(uid);
  // a write makes what the current write's rules read of these rows stale
  const writing =
    <Params, Result>(write: (params: Params) => Promise<Result>) =>
    async (params: Params) => {
      try {
        return await write(params);
      } finally {
        forgetRows(uid);
      }
    };
  return {
    findOne: (params) => query.findOne(params),
    findMany: (params) => query.findMany(params),
    count: (params) => query.count(params),
    create: writing((params) => query.create(params)),
    update: writing((params) => query.update(params)),
    updateMany: writing((params) => query.updateMany(params)),
    delete: writing((params) => query.delete(params)),
    deleteMany: writing((params) => query.deleteMany(params)),
  };
};
