import { SITE_TOKEN_UID } from '../../core/constants';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

/** Written only by the key service (`issueKey`) and by use, never through a document write. */
const SERVER_FIELDS = ['keyHash', 'keyPrefix', 'lastUsedAt'];
const WRITES = new Set(['create', 'update', 'clone']);

const withoutHash = (row: unknown) => {
  if (row && typeof row === 'object' && 'keyHash' in row) {
    delete (row as { keyHash?: unknown }).keyHash;
  }
  return row;
};

/**
 * A site token's key is issued by its own admin route, shown once: a create, update or clone
 * cannot set or copy the key (a clone would otherwise answer to the original's key), and the
 * Document Service never hands out its hash (the content manager ignores `private`).
 */
const siteTokenMiddleware: DocumentMiddlewareFactory = () => async (ctx, next) => {
  if (ctx.uid !== SITE_TOKEN_UID) {
    return next();
  }
  if (WRITES.has(ctx.action)) {
    const data = (writeParams(ctx).data ??= {});
    for (const field of SERVER_FIELDS) {
      if (ctx.action === 'update') {
        delete data[field];
      } else {
        data[field] = null;
      }
    }
  }
  const result = await next();
  if (Array.isArray(result)) {
    result.forEach(withoutHash);
  } else {
    withoutHash(result);
    const entries = (result as { entries?: unknown } | null)?.entries;
    if (Array.isArray(entries)) {
      entries.forEach(withoutHash);
    }
  }
  return result;
};

export default siteTokenMiddleware;
