import type { Core } from '@strapi/strapi';

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string }; credentials?: { type?: string } | null };
}

const stateOf = (strapi: Core.Strapi): RequestState | undefined =>
  (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state;

/** True while serving a Content API request (REST under /api or GraphQL), not the admin. */
export const isContentApiRequest = (strapi: Core.Strapi) =>
  stateOf(strapi)?.route?.info?.type === 'content-api';

/** A full-access API token: the only Content API caller that may preview drafts. */
export const isFullAccessToken = (strapi: Core.Strapi) => {
  const auth = stateOf(strapi)?.auth;
  return auth?.strategy?.name === 'api-token' && auth.credentials?.type === 'full-access';
};
