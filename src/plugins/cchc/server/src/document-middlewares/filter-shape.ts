import { checkFilters } from '../utils/input-shape';
import type { DocumentMiddlewareFactory } from './types';

/**
 * The filter grammar checked at the HTTP edge, checked again where every surface meets (GraphQL
 * filters, custom controllers, the content manager), so that a malformed filter is a 400 and
 * never a query-builder error.
 */
const filterShapeMiddleware: DocumentMiddlewareFactory = () => async (ctx, next) => {
  const { filters } = ctx.params as { filters?: unknown };
  if (filters !== undefined) {
    checkFilters(filters);
  }
  return next();
};

export default filterShapeMiddleware;
