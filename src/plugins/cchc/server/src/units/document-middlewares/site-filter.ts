import { siteFiltersFor } from '../site-state';
import type { DocumentMiddlewareFactory } from '../../core/document-middleware';

const LIST_ACTIONS = new Set(['findMany', 'count']);

/** Adds the filters of a `site` parameter (REST or GraphQL) to the list it was asked for. */
const siteFilterMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (!LIST_ACTIONS.has(ctx.action)) {
    return next();
  }
  const siteFilters = siteFiltersFor(strapi, ctx.uid);
  if (siteFilters) {
    const params = ctx.params as { filters?: Record<string, unknown> };
    params.filters = params.filters ? { $and: [params.filters, siteFilters] } : siteFilters;
  }
  return next();
};

export default siteFilterMiddleware;
