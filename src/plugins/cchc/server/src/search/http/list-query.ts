import { parseSearchText } from '../search-query';

interface KoaLike {
  query: Record<string, unknown>;
}

/**
 * `?q=` on a searched type's list route (`/api/articles?q=dich+vu+cong&site=xa-son-tay`): the
 * same words as `/api/search`, as Strapi's `_q`, which the `folded-q` read rule folds. Taken off
 * the query (strict params would refuse it); a bad one is a 400 like the search's.
 */
const listQueryMiddleware = () => async (ctx: KoaLike, next: () => Promise<unknown>) => {
  const { q } = ctx.query;
  if (q === undefined) {
    return next();
  }
  parseSearchText(q);
  delete ctx.query.q;
  ctx.query._q = q;
  return next();
};

export default listQueryMiddleware;
