import type { Core, UID } from '@strapi/strapi';
import { rowsOf } from './rows';

export interface RowQuery {
  select?: string[];
  populate?: Record<string, unknown>;
}

/**
 * The row a write to `documentId` starts from: the draft when the type has one, else its
 * only row. Read through the query engine so document middlewares do not re-enter.
 */
export const findCurrentRow = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  { select, populate }: RowQuery
): Promise<Record<string, unknown> | null> => {
  const query = rowsOf(strapi, uid);
  const draft = await query.findOne({ select, populate, where: { documentId, publishedAt: null } });
  return draft ?? (await query.findOne({ select, populate, where: { documentId } }));
};
