import type { DocumentMiddlewareFactory } from '../../core/document-middleware';
import { matchingRowsStatement } from '../search-sql';
import { parseSearchText, type SearchTerms } from '../search-query';
import { searchTypeOfUid } from '../search-types';

const READS = new Set(['findMany', 'findFirst', 'count']);

/** More matches than this: the newest rows that match, so the list stays one bounded query. */
const MAX_ROWS = 5000;

const termsOf = (q: unknown): SearchTerms | null => {
  try {
    return parseSearchText(q);
  } catch {
    return null; // one letter, or nothing to search: Strapi's own search as before
  }
};

/**
 * Strapi's `_q` (the admin's list search, and REST lists') on a searched type finds words as the
 * public search does: marks, `đ` and case folded, every word somewhere in the title, summary or
 * body, the last one begun; a slug holding the words is still found.
 */
const foldedQueryMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const params = ctx.params as { _q?: unknown; filters?: unknown } | undefined;
  const type = READS.has(ctx.action) ? searchTypeOfUid(strapi, ctx.uid) : undefined;
  const terms = type && params ? termsOf(params._q) : null;
  if (!type || !params || !terms) {
    return next();
  }
  const rows = (await matchingRowsStatement(
    strapi.db.connection,
    type.key,
    terms,
    MAX_ROWS
  )) as Array<{
    row_id: number;
  }>;
  // a slug is the folded words joined by hyphens: `thu tuc` finds `thu-tuc-truc-tuyen`
  const slug = terms.terms.map((term) => term.folded).join('-');
  const found = {
    $or: [{ id: { $in: rows.map((row) => row.row_id) } }, { slug: { $containsi: slug } }],
  };
  const { _q: _searched, ...rest } = params;
  ctx.params = {
    ...rest,
    filters: rest.filters ? { $and: [rest.filters, found] } : found,
  };
  return next();
};

export default foldedQueryMiddleware;
