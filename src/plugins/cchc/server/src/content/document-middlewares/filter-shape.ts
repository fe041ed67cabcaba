import { checkFilterAttributes } from '../filter-schema';
import { checkFilters } from '../../core/input-shape';
import { pluginConfig } from '../../core/plugin-config';
import { checkSortShape } from '../sort-shape';
import type { DocumentMiddlewareFactory } from '../../core/document-middleware';

/**
 * The filter grammar checked at the HTTP edge, checked again where every surface meets (GraphQL
 * filters, custom controllers, the content manager), with the sort checked against the model,
 * so that a malformed query is a 400 and never a query-builder error.
 */
const filterShapeMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const { filters, sort } = ctx.params as { filters?: unknown; sort?: unknown };
  if (filters !== undefined) {
    checkFilters(filters);
    checkFilterAttributes(
      strapi,
      ctx.uid,
      filters,
      pluginConfig(strapi).queries.filterRelationDepth
    );
  }
  if (sort !== undefined) {
    checkSortShape(strapi, ctx.uid, sort);
  }
  return next();
};

export default filterShapeMiddleware;
