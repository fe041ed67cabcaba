import type { Core } from '@strapi/strapi';
import { siteRows } from './services/site';
import { siteTokenOf, type SiteTokenCredentials } from '../core/request-auth';

type Where = Record<string, unknown>;
type QueryFilters = (ctx: { meta: { uid: string } }) => Where | undefined | null;

interface QueryParams {
  filters?: QueryFilters | Where | null;
  populate?: unknown;
}

const PUBLISHED = { publishedAt: { $notNull: true } };
const DRAFT = { publishedAt: { $null: true } };

/**
 * The rows of one type a site token may see. Unit-owned types with drafts: the site's published
 * items (own, and what the levels above shared), and, when granted, the drafts of its own units.
 * Any other type with drafts: published rows only. Types without drafts are public reference data.
 */
const rowsFor = (
  strapi: Core.Strapi,
  uid: string,
  token: SiteTokenCredentials
): Where | undefined => {
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
  if (!model?.options?.draftAndPublish) {
    return undefined;
  }
  const site = siteRows(strapi, uid, token);
  if (!site) {
    return PUBLISHED;
  }
  const published = { $and: [PUBLISHED, site] };
  const own = siteRows(strapi, uid, { own: token.own, above: [] });
  return token.canPreviewDrafts ? { $or: [published, { $and: [DRAFT, own] }] } : published;
};

/** Adds the site token's row rule to a query-engine `filters` (a function of the queried model). */
const guardFilters =
  (strapi: Core.Strapi, token: SiteTokenCredentials, inner: QueryParams['filters']): QueryFilters =>
  (ctx) => {
    const before = typeof inner === 'function' ? inner(ctx) : inner;
    const rule = rowsFor(strapi, ctx.meta.uid, token);
    if (!rule) {
      return before ?? {};
    }
    return before && Object.keys(before).length > 0 ? { $and: [before, rule] } : rule;
  };

/** Populate entries that bring their own `filters` replace the inherited one: guard them too. */
const guardPopulate = (strapi: Core.Strapi, token: SiteTokenCredentials, populate: unknown) => {
  if (!populate || typeof populate !== 'object' || Array.isArray(populate)) {
    return;
  }
  for (const value of Object.values(populate as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') {
      continue;
    }
    const entry = value as QueryParams & { on?: Record<string, unknown> };
    if ('filters' in entry && entry.filters) {
      entry.filters = guardFilters(strapi, token, entry.filters);
    }
    guardPopulate(strapi, token, entry.populate);
    if (entry.on && typeof entry.on === 'object') {
      for (const fragment of Object.values(entry.on)) {
        if (fragment && typeof fragment === 'object') {
          const part = fragment as QueryParams;
          if (part.filters) {
            part.filters = guardFilters(strapi, token, part.filters);
          }
          guardPopulate(strapi, token, part.populate);
        }
      }
    }
  }
};

/**
 * Every query the query engine runs while serving a site token request is narrowed to what the
 * token may see, at the root and at each populated level (the engine hands a root `filters` down
 * to every populate), so no route, populate or GraphQL relation can reach another unit's draft.
 */
export const guardSiteTokenRows = (strapi: Core.Strapi) => {
  const guard = (event: { params?: QueryParams }) => {
    const token = siteTokenOf(strapi);
    if (!token || !event.params) {
      return;
    }
    event.params.filters = guardFilters(strapi, token, event.params.filters);
    guardPopulate(strapi, token, event.params.populate);
  };
  strapi.db.lifecycles.subscribe({
    beforeFindOne: guard,
    beforeFindMany: guard,
    beforeCount: guard,
  });
};
