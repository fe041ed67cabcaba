import type { DocumentMiddlewareFactory } from '../../core/document-middleware';
import { getService } from '../../core/get-service';
import { searchTypeOfUid } from '../search-types';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * Every write of a searched type rewrites the document's search rows (draft and published) in
 * the write's transaction: the public search reads the published ones through the read model,
 * the admin's list search reads both.
 */
const searchSyncMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (!WRITES.has(ctx.action) || !searchTypeOfUid(strapi, ctx.uid)) {
    return next();
  }
  return strapi.db.transaction(async () => {
    const result = await next();
    const documentId =
      (ctx.params as { documentId?: string }).documentId ??
      (result as { documentId?: string } | null)?.documentId;
    if (documentId) {
      await getService(strapi, 'search-index').refresh(ctx.uid, [documentId]);
    }
    return result;
  });
};

export default searchSyncMiddleware;
