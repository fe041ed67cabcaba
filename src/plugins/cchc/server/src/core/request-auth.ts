import type { Core } from '@strapi/strapi';
import { requestState } from './http/context';

export interface RequestAuth {
  strategy?: { name?: string };
  credentials?: { type?: string; id?: number | string; name?: string } | null;
}

/** The key of an `Authorization: Bearer <key>` header, or null. */
export const bearerKey = (authorization: string | undefined) => {
  const [scheme, key, ...rest] = (authorization ?? '').trim().split(/\s+/);
  return scheme?.toLowerCase() === 'bearer' && key && rest.length === 0 ? key : null;
};

/** Name under which the plugin's site token strategy is registered for the Content API. */
export const SITE_TOKEN_STRATEGY = 'cchc-site-token';

/** What a site token authenticates as: one unit's site, resolved once per request. */
export interface SiteTokenCredentials {
  type: 'site';
  id: number;
  name: string;
  unit: { id: number; slug: string };
  canPreviewDrafts: boolean;
  /** the site's own units: its unit and the offices, centres and agencies that speak for it */
  own: number[];
  /** the units above the site and those that speak for them (their shared items show) */
  above: number[];
  /** Content API actions the token may call: the Public role's find/findOne */
  actions: string[];
}

/** Names Strapi has given the Content API token strategy (5.54: `content-api-token`). */
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** True while serving a Content API request (REST under /api or GraphQL), not the admin. */
export const isContentApiRequest = (strapi: Core.Strapi) =>
  requestState(strapi)?.route?.info?.type === 'content-api';

const isApiTokenOfType = (auth: RequestAuth | undefined, type: 'full-access' | 'read-only') =>
  Boolean(
    auth?.strategy?.name &&
    TOKEN_STRATEGIES.has(auth.strategy.name) &&
    auth.credentials?.type === type
  );

/** A full-access API token: the only Content API caller that may preview drafts or read reports. */
export const isFullAccessAuth = (auth: RequestAuth | undefined) =>
  isApiTokenOfType(auth, 'full-access');

/** A read-only API token: Strapi lets it through every route whose action ends in find/findOne. */
export const isReadOnlyAuth = (auth: RequestAuth | undefined) =>
  isApiTokenOfType(auth, 'read-only');

export const isFullAccessToken = (strapi: Core.Strapi) =>
  isFullAccessAuth(requestState(strapi)?.auth);

/** The site token of the current Content API request, if it was made with one. */
export const siteTokenOf = (strapi: Core.Strapi): SiteTokenCredentials | undefined => {
  const auth = requestState(strapi)?.auth;
  return auth?.strategy?.name === SITE_TOKEN_STRATEGY
    ? (auth.credentials as SiteTokenCredentials | undefined)
    : undefined;
};
