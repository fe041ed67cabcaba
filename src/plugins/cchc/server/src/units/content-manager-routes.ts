import type { Core } from '@strapi/strapi';

interface Route {
  path: string;
  config?: { policies?: unknown[] };
}

/** Content-manager routes that answer with documents without applying conditions to them. */
const UNGUARDED = ['/collection-types/:model/actions/bulkFindForValidation'];

/** Relation lookups whose own field check fails with a 500 instead of a 403. */
const RELATION_LOOKUPS = ['/relations/:model/:targetField', '/relations/:model/:id/:targetField'];

/** Adds the plugin's policies to content-manager routes whose own checks leave holes. */
export const guardContentManagerRoutes = (strapi: Core.Strapi) => {
  const routes = (strapi.plugin('content-manager').routes as Record<string, { routes: Route[] }>)
    .admin.routes;
  for (const route of routes) {
    if (UNGUARDED.includes(route.path)) {
      route.config ??= {};
      route.config.policies = [...(route.config.policies ?? []), 'plugin::cchc.documents-readable'];
    }
    if (RELATION_LOOKUPS.includes(route.path)) {
      route.config ??= {};
      route.config.policies = [...(route.config.policies ?? []), 'plugin::cchc.relation-readable'];
    }
  }
};
