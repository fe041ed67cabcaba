import type { DocumentMiddlewareFactory } from './document-middleware';
import { forgetRows, withRowMemo } from './row-memo';

/** Document Service actions that only read. */
const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

/** First of the rules: a write's rules share one read of the rows it starts from. */
export const rowMemo: DocumentMiddlewareFactory = () => async (ctx, next) =>
  READS.has(ctx.action) ? next() : withRowMemo(async () => next());

/** Last of the rules, around Strapi's own write: what the rules read before it is stale after. */
export const rowMemoWrite: DocumentMiddlewareFactory = () => async (ctx, next) => {
  if (READS.has(ctx.action)) {
    return next();
  }
  forgetRows(ctx.uid);
  try {
    return await next();
  } finally {
    forgetRows(ctx.uid);
  }
};
