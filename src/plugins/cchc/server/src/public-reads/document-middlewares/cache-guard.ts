import type { DocumentMiddlewareFactory } from '../../core/document-middleware';
import { markUncacheable } from '../response-cache/marks';
import { readTypeOf, referenceTypes } from '../read-types';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/**
 * A request that reads drafts, or anything but published content and reference data, is never
 * stored in the shared response cache, whoever makes it.
 */
const cacheGuardMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (READS.has(ctx.action)) {
    const { status } = ctx.params as { status?: string };
    const publicModel = readTypeOf(strapi, ctx.uid)
      ? status === 'published'
      : referenceTypes(strapi).includes(ctx.uid);
    if (!publicModel) {
      markUncacheable(strapi);
    }
  }
  return next();
};

export default cacheGuardMiddleware;
