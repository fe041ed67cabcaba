import { SITE_TOKEN_UID } from '../constants';
import { writeParams, type DocumentMiddlewareFactory } from './types';

/** Written only by the key service (`issueKey`) and by use, never through a document write. */
const SERVER_FIELDS = ['keyHash', 'keyPrefix', 'lastUsedAt'];

/**
 * A site token's key is issued by its own admin route, shown once: a create, update or clone
 * cannot set or copy the key (a clone would otherwise answer to the original's key).
 */
const siteTokenMiddleware: DocumentMiddlewareFactory = () => async (ctx, next) => {
  if (ctx.uid !== SITE_TOKEN_UID || !['create', 'update', 'clone'].includes(ctx.action)) {
    return next();
  }
  const params = writeParams(ctx);
  const data = (params.data ??= {});
  for (const field of SERVER_FIELDS) {
    if (ctx.action === 'update') {
      delete data[field];
    } else {
      data[field] = null;
    }
  }
  return next();
};

export default siteTokenMiddleware;
