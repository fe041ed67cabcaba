import type { Core } from '@strapi/strapi';

export interface RequestAuth {
  strategy?: { name?: string };
  credentials?: { type?: string } | null;
}

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: RequestAuth;
}

/** Names Strapi has given the Content API token strategy (5.54: `content-api-token`). */
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

const stateOf = (strapi: Core.Strapi): RequestState | undefined =>
  (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state;

/** True while serving a Content API request (REST under /api or GraphQL), not the admin. */
export const isContentApiRequest = (strapi: Core.Strapi) =>
  stateOf(strapi)?.route?.info?.type === 'content-api';

/** A full-access API token: the only Content API caller that may preview drafts or read reports. */
export const isFullAccessAuth = (auth: RequestAuth | undefined) =>
  Boolean(
    auth?.strategy?.name &&
    TOKEN_STRATEGIES.has(auth.strategy.name) &&
    auth.credentials?.type === 'full-access'
  );

/** A read-only API token: Strapi lets it through every route whose action ends in find/findOne. */
export const isReadOnlyAuth = (auth: RequestAuth | undefined) =>
  Boolean(
    auth?.strategy?.name &&
    TOKEN_STRATEGIES.has(auth.strategy.name) &&
    auth.credentials?.type === 'read-only'
  );

export const isFullAccessToken = (strapi: Core.Strapi) => isFullAccessAuth(stateOf(strapi)?.auth);
