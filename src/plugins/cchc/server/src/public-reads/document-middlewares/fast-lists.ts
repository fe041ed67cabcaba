import type { Core } from '@strapi/strapi';
import type { DocumentMiddlewareFactory } from '../../core/document-middleware';
import { siteRows } from '../../units/services/site';
import { getService } from '../../core/get-service';
import { pluginConfig } from '../../core/plugin-config';
import { isContentApiRequest, siteTokenOf } from '../../core/request-auth';
import type { Direction } from '../read-model/sql';

interface ListParams {
  status?: string;
  filters?: unknown;
  sort?: unknown;
  start?: unknown;
  limit?: unknown;
  [key: string]: unknown;
}

/**
 * Parameters a fast list reads itself or passes through untouched: fields, populate, and what
 * the Document Service ignores too (REST's `pagination` object, once turned into start/limit).
 */
const UNDERSTOOD = new Set([
  'status',
  'filters',
  'sort',
  'start',
  'limit',
  'fields',
  'populate',
  'locale',
  'pagination',
]);

const toCount = (value: unknown): number | null => {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null;
};

const sortTerms = (sort: unknown): Array<[string, string]> | null => {
  if (sort === undefined || sort === null) {
    return [];
  }
  const list = Array.isArray(sort) ? sort : [sort];
  const terms: Array<[string, string]> = [];
  for (const term of list) {
    if (typeof term === 'string') {
      for (const part of term.split(',')) {
        const [field, direction = 'asc'] = part.trim().split(':');
        terms.push([field, direction.toLowerCase()]);
      }
    } else if (term && typeof term === 'object') {
      for (const [field, direction] of Object.entries(term)) {
        if (typeof direction !== 'string') {
          return null;
        }
        terms.push([field, direction.toLowerCase()]);
      }
    } else {
      return null;
    }
  }
  return terms;
};

/**
 * Newest or oldest first by publishing time (with the row id as tie-breaker); a list without a
 * sort comes newest first. Any other order takes the ordinary path.
 */
const directionOf = (sort: unknown): Direction | null => {
  const terms = sortTerms(sort);
  if (terms === null || terms.length > 2) {
    return null;
  }
  if (terms.length === 0) {
    return 'desc';
  }
  const [[field, direction], tie] = terms;
  if (field !== 'publishedAt' || (direction !== 'asc' && direction !== 'desc')) {
    return null;
  }
  if (tie && (tie[0] !== 'id' || tie[1] !== direction)) {
    return null;
  }
  return direction;
};

const inOrder = <T>(rows: T, ids: number[]): T => {
  if (!Array.isArray(rows)) {
    return rows;
  }
  const byId = new Map(rows.map((row) => [(row as { id: number }).id, row]));
  return ids.map((id) => byId.get(id)).filter((row) => row !== undefined) as T;
};

const siteTokenRule = (strapi: Core.Strapi, uid: string) => {
  const token = siteTokenOf(strapi);
  return token ? siteRows(strapi, uid, token) : undefined;
};

/**
 * Public lists of published items from the read model: the page's row ids come from one
 * indexed query, the rows themselves (fields, populate, sanitising) from Strapi as usual, by
 * id. Counts come from the read model once per content version. Whatever it cannot restate
 * (another sort, a filter on another field, drafts, a transaction) takes the ordinary path.
 */
const fastListsMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (ctx.action !== 'findMany' && ctx.action !== 'count') {
    return next();
  }
  const readModel = getService(strapi, 'read-model');
  const type = readModel.typeOf(ctx.uid);
  const params = ctx.params as ListParams;
  if (
    !type ||
    !pluginConfig(strapi).reads.readModel ||
    params.status !== 'published' ||
    !isContentApiRequest(strapi) ||
    strapi.db.inTransaction() ||
    Object.keys(params).some((key) => !UNDERSTOOD.has(key))
  ) {
    return next();
  }
  const direction = directionOf(params.sort);
  const rule = siteTokenRule(strapi, ctx.uid);
  const filters = rule ? { $and: [params.filters ?? {}, rule] } : params.filters;
  const condition = direction && (await readModel.plan(type, filters));
  if (!direction || !condition) {
    return next();
  }
  if (ctx.action === 'count') {
    return readModel.count(type, condition);
  }
  const offset = params.start === undefined ? 0 : toCount(params.start);
  const limit = toCount(params.limit);
  if (offset === null || limit === null) {
    return next();
  }
  const ids = await readModel.page(type, condition, { direction, offset, limit });
  if (ids.length === 0) {
    return [];
  }
  ctx.params = {
    ...params,
    filters: { id: { $in: ids } },
    start: undefined,
    limit: undefined,
  } as typeof ctx.params;
  return inOrder(await next(), ids);
};

export default fastListsMiddleware;
