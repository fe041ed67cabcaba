import type { Core, UID } from '@strapi/strapi';

interface SiteState {
  cchcSite?: { uid: UID.ContentType; filters: Record<string, unknown> };
}

/** Remembers, for the current request, the site filters a `site` parameter asked for. */
export const setSiteFilters = (
  state: object,
  uid: UID.ContentType,
  filters: Record<string, unknown>
) => {
  (state as SiteState).cchcSite = { uid, filters };
};

export const siteFiltersFor = (strapi: Core.Strapi, uid: string) => {
  const state = (strapi.requestContext.get() as { state?: SiteState } | undefined)?.state;
  return state?.cchcSite?.uid === uid ? state.cchcSite.filters : undefined;
};
