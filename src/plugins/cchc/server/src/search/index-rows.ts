import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { tableMetaOf } from '../core/table-meta';
import { foldedText, markedText } from './fold';
import { SEARCH_DOCS } from './index-table';
import { searchTypes, type SearchType } from './search-types';

type Row = Record<string, unknown>;

/** A searched type's row as the index reads it: its columns, the searched fields by name. */
type SourceRow = Row & { id: number; document_id: string; published_at: unknown };

interface BlockNode {
  text?: unknown;
  children?: unknown;
}

/** The words of a rich-text (blocks) value, paragraphs and list items apart. */
export const blocksText = (value: unknown): string => {
  if (!Array.isArray(value)) {
    return typeof value === 'string' ? value : '';
  }
  return value
    .map((node: BlockNode) =>
      typeof node?.text === 'string' ? node.text : blocksText(node?.children)
    )
    .join(' ');
};

const parsedJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** The value of a searched field as plain text. */
export const fieldText = (type: SearchType, row: Row, field: string | null): string => {
  if (!field) {
    return '';
  }
  const value = row[field];
  if (type.blocks.includes(field)) {
    return blocksText(typeof value === 'string' ? parsedJson(value) : value);
  }
  return typeof value === 'string' ? value : '';
};

const docOf = (type: SearchType, row: SourceRow) => {
  const title = fieldText(type, row, type.title);
  const summary = fieldText(type, row, type.summary);
  const body = type.body.map((field) => fieldText(type, row, field)).join(' ');
  return {
    content_type: type.key,
    row_id: row.id,
    document_id: row.document_id,
    published_at: row.published_at ?? null,
    title,
    title_words: foldedText(title),
    summary_words: foldedText(summary),
    body_words: foldedText(body),
    title_marked: markedText(title),
    summary_marked: markedText(summary),
  };
};

const BATCH = 500;

/**
 * Rewrites the search rows of some documents (or of the whole type when null) from their rows,
 * drafts and published, in the caller's transaction.
 */
export const refreshSearchRows = async (
  strapi: Core.Strapi,
  trx: Knex,
  type: SearchType,
  documentIds: string[] | null
) => {
  if (documentIds !== null && documentIds.length === 0) {
    return;
  }
  const gone = trx(SEARCH_DOCS).where('content_type', type.key);
  await (documentIds ? gone.whereIn('document_id', documentIds) : gone).delete();
  const meta = tableMetaOf(strapi, type.uid);
  const fields = [type.title, ...(type.summary ? [type.summary] : []), ...type.body];
  const columns = fields.map((field) => ({ [field]: meta.attributes[field]?.columnName ?? field }));
  let after = 0;
  for (;;) {
    const query = trx(meta.tableName)
      .select<SourceRow[]>('id', 'document_id', 'published_at', ...columns)
      .where('id', '>', after)
      .orderBy('id', 'asc')
      .limit(BATCH);
    const rows = await (documentIds ? query.whereIn('document_id', documentIds) : query);
    if (rows.length === 0) {
      return;
    }
    await trx(SEARCH_DOCS).insert(rows.map((row) => docOf(type, row)));
    after = rows[rows.length - 1].id;
    if (rows.length < BATCH) {
      return;
    }
  }
};

/** Fills the search index from every searched type whose table exists (none on a new database). */
export const rebuildSearchWhereTablesExist = async (strapi: Core.Strapi, trx: Knex) => {
  const filled: string[] = [];
  for (const type of searchTypes(strapi)) {
    const { tableName } = tableMetaOf(strapi, type.uid);
    if (await trx.schema.hasTable(tableName)) {
      await refreshSearchRows(strapi, trx, type, null);
      filled.push(type.uid);
    }
  }
  return filled;
};
