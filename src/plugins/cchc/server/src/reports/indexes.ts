import type { Core, UID } from '@strapi/strapi';

/** Columns the report counts filter on by date; without an index each count scans its table. */
const DATE_COLUMNS: Array<[string, string]> = [
  ['api::article.article', 'publishedAt'],
  ['api::leaflet.leaflet', 'publishedAt'],
  ['api::training.training', 'startsAt'],
  ['api::rundown-item.rundown-item', 'airDate'],
  ['plugin::cchc.social-post', 'postedAt'],
];

/** Creates the indexes the report counts need, once; idempotent on PostgreSQL and SQLite. */
export const ensureReportIndexes = async (strapi: Core.Strapi) => {
  for (const [uid, attribute] of DATE_COLUMNS) {
    const meta = strapi.db.metadata.get(uid as UID.Schema);
    const column = (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??)', [
      `cchc_${meta.tableName}_${column}_idx`,
      meta.tableName,
      column,
    ]);
  }
};
