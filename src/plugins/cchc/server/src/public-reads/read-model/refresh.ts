import type { Knex } from 'knex';
import type { ReadType } from '../read-types';
import { ITEMS, LINKS } from './tables';

/** Only the given documents, or every published row of the type when null. */
type Documents = string[] | null;

const inDocuments = (query: Knex.QueryBuilder, documents: Documents, column: string) =>
  documents === null ? query : query.whereIn(column, documents);

const removeItems = async (knex: Knex, type: ReadType, documents: Documents) => {
  const rows = inDocuments(
    knex(ITEMS).select('row_id').where('content_type', type.key),
    documents,
    'document_id'
  );
  await knex(LINKS).where('content_type', type.key).whereIn('row_id', rows).delete();
  await inDocuments(knex(ITEMS).where('content_type', type.key), documents, 'document_id').delete();
};

const insertItems = (knex: Knex, type: ReadType, documents: Documents) => {
  const { owner } = type;
  const unit = knex(owner.table).min(owner.targetColumn).where(owner.itemColumn, knex.ref('t.id'));
  const column = type.sharedColumn ? `t.${type.sharedColumn}` : null;
  const shared = column
    ? knex.raw('CASE WHEN ?? THEN 1 WHEN NOT ?? THEN 0 END AS shared', [column, column])
    : knex.raw('NULL AS shared');
  const rows = inDocuments(
    knex({ t: type.table })
      .select(
        knex.raw('CAST(? AS VARCHAR(64)) AS content_type', [type.key]),
        't.id',
        't.document_id',
        unit.as('unit_id'),
        shared,
        't.published_at'
      )
      .whereNotNull('t.published_at'),
    documents,
    't.document_id'
  );
  // INSERT … SELECT without a column list: the select follows the table's column order
  return knex(ITEMS).insert(rows);
};

const insertLinks = async (knex: Knex, type: ReadType, documents: Documents) => {
  for (const link of type.links) {
    const rows = inDocuments(
      knex({ t: type.table })
        .distinct(
          knex.raw('CAST(? AS VARCHAR(64)) AS content_type', [type.key]),
          't.id',
          knex.raw('CAST(? AS VARCHAR(64)) AS field', [link.field]),
          `l.${link.targetColumn}`,
          't.published_at'
        )
        .join({ l: link.table }, `l.${link.itemColumn}`, 't.id')
        .whereNotNull('t.published_at')
        .whereNotNull(`l.${link.targetColumn}`),
      documents,
      't.document_id'
    );
    await knex(LINKS).insert(rows);
  }
};

/**
 * Rewrites the read model's rows of some documents (or of the whole type) from the published
 * rows and their link tables, in the caller's transaction.
 */
export const refreshReadModel = async (knex: Knex, type: ReadType, documents: Documents) => {
  if (documents !== null && documents.length === 0) {
    return;
  }
  await removeItems(knex, type, documents);
  await insertItems(knex, type, documents);
  await insertLinks(knex, type, documents);
};
