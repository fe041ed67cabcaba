/** A plugin route as Strapi reads it. */
export interface PluginRoute {
  method: string;
  path: string;
  handler: string;
  config: { auth?: false; policies: string[]; prefix?: string };
}

/** Method, path and `controller.action`. */
export type RouteRow = readonly [method: string, path: string, handler: string];

/**
 * Admin routes for signed-in admin users; who may read or move what is decided per document by
 * the content-manager permissions and the plugin's own actions, in the services.
 */
export const adminRoutes = (rows: readonly RouteRow[]): PluginRoute[] =>
  rows.map(([method, path, handler]) => ({
    method,
    path,
    handler,
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  }));

/** Content API routes under the API prefix's root (`/api/...`), for API tokens given the action. */
export const tokenRoutes = (rows: readonly RouteRow[]): PluginRoute[] =>
  rows.map(([method, path, handler]) => ({
    method,
    path,
    handler,
    config: { policies: [], prefix: '' },
  }));
