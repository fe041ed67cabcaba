import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';
import { getService } from '../../core/get-service';
import { searchTypeOfUid, type SearchType } from '../search-types';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** An update that names none of the searched fields leaves the document's search rows as they are. */
const touchesSearched = (type: SearchType, data: Record<string, unknown> | undefined) =>
  [type.title, type.summary, ...type.body].some((field) => field !== null && field in (data ?? {}));

/**
 * Every write of a searched type rewrites the document's search rows (draft and published) in
 * the write's transaction: the public search reads the published ones through the read model,
 * the admin's list search reads both.
 */
const searchSyncMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const type = searchTypeOfUid(strapi, ctx.uid);
  if (!WRITES.has(ctx.action) || !type) {
    return next();
  }
  const { data, status } = writeParams(ctx);
  // an update with `status: 'published'` also writes a new published row
  if (ctx.action === 'update' && status !== 'published' && !touchesSearched(type, data)) {
    return next();
  }
  return strapi.db.transaction(async () => {
    const result = await next();
    const documentId =
      writeParams(ctx).documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (documentId) {
      await getService(strapi, 'search-index').refresh(ctx.uid, [documentId]);
    }
    return result;
  });
};

export default searchSyncMiddleware;
