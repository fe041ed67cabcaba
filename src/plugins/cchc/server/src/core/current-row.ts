import type { Core, Schema, UID } from '@strapi/strapi';
import { isRecord } from './input-shape';
import { attributesOf } from './plugin-options';
import { memoisedRow, rowMemoOpen } from './row-memo';
import { rowsOf } from './rows';

export interface RowQuery {
  select?: string[];
  populate?: Record<string, unknown>;
}

const UPLOAD_FILE_UID = 'plugin::upload.file';

/** The type whose rows a populated attribute brings into the row. */
const targetOf = (attribute: Schema.Attribute.AnyAttribute | undefined): string | undefined => {
  if (!attribute) {
    return undefined;
  }
  if (attribute.type === 'relation') {
    return 'target' in attribute && typeof attribute.target === 'string'
      ? attribute.target
      : undefined;
  }
  if (attribute.type === 'media') {
    return UPLOAD_FILE_UID;
  }
  return attribute.type === 'component' ? attribute.component : undefined;
};

const selectsOnly = (spec: unknown) =>
  isRecord(spec) && Object.keys(spec).every((key) => key === 'select');

/**
 * Inside a write the rules share one read of the row: every column, and each populated relation
 * whole when a rule asked only for some of its columns (a superset of what each rule reads).
 */
const sharedShape = (populate: Record<string, unknown> | undefined) =>
  Object.fromEntries(
    Object.entries(populate ?? {})
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([field, spec]) => [field, selectsOnly(spec) ? true : spec])
  );

const readCurrentRow = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  { select, populate }: RowQuery
): Promise<Record<string, unknown> | null> => {
  const query = rowsOf(strapi, uid);
  const draft = await query.findOne({ select, populate, where: { documentId, publishedAt: null } });
  return draft ?? (await query.findOne({ select, populate, where: { documentId } }));
};

/**
 * The row a write to `documentId` starts from: the draft when the type has one, else its
 * only row. Read through the query engine so document middlewares do not re-enter; read once
 * per write for all the rules that ask for it (see `row-memo.ts`).
 */
export const findCurrentRow = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  query: RowQuery
): Promise<Record<string, unknown> | null> => {
  if (!rowMemoOpen()) {
    return readCurrentRow(strapi, uid, documentId, query);
  }
  const populate = sharedShape(query.populate);
  const attributes = attributesOf(strapi.getModel(uid));
  const from = new Set<string>([uid]);
  for (const field of Object.keys(populate)) {
    const target = targetOf(attributes[field]);
    if (target) {
      from.add(target);
    }
  }
  const key = JSON.stringify([uid, documentId, populate]);
  const shared = Object.keys(populate).length > 0 ? { populate } : {};
  return memoisedRow(key, from, () => readCurrentRow(strapi, uid, documentId, shared));
};
