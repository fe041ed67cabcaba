import type { Core } from '@strapi/strapi';
import { refreshSearchRows } from '../index-rows';
import { SEARCH_DOCS } from '../index-table';
import { searchTypeOfUid, searchTypes } from '../search-types';

/** The search index of the searched types' rows (`cchc_search_docs`), kept by each write's transaction. */
const searchIndexService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Rewrites the documents' rows, in the current transaction. */
  async refresh(uid: string, documentIds: string[]) {
    const type = searchTypeOfUid(strapi, uid);
    if (type) {
      await strapi.db.transaction(({ trx }) => refreshSearchRows(strapi, trx, type, documentIds));
    }
  },

  /** Rebuilds the whole index from the tables (after rows were loaded with plain SQL). */
  async rebuild() {
    const rebuilt: Record<string, number> = {};
    for (const type of searchTypes(strapi)) {
      await strapi.db.transaction(({ trx }) => refreshSearchRows(strapi, trx, type, null));
      const [row] = (await strapi.db
        .connection(SEARCH_DOCS)
        .count({ n: '*' })
        .where('content_type', type.key)) as Array<{ n: number | string }>;
      rebuilt[type.uid] = Number(row?.n ?? 0);
    }
    return rebuilt;
  },
});

export default searchIndexService;
export type SearchIndexService = ReturnType<typeof searchIndexService>;
