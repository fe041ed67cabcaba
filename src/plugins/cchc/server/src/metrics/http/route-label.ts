import type { Core } from '@strapi/strapi';

/** Paths no route answers, grouped so that a scan of random addresses adds no series. */
const STATIC_GROUPS: Array<[prefix: string, label: string]> = [
  ['/uploads/', '/uploads/*'],
  ['/admin', '/admin/*'],
];

/**
 * The route a request was for, as its pattern (`/api/articles/:id`), never its address: the
 * router's own match when it answered, else the pattern it would have used (the response cache
 * answers before the routes), else a fixed group.
 */
export const routeLabel = (
  strapi: Core.Strapi,
  ctx: { _matchedRoute?: string | RegExp; path: string; method: string }
) => {
  // a catch-all (the public folder's `([^/]*)` and `/((?!uploads/).+)`) names no route
  const named = (path: unknown): path is string =>
    typeof path === 'string' && path.startsWith('/') && !/\.[*+]/.test(path);
  if (named(ctx._matchedRoute)) {
    return ctx._matchedRoute;
  }
  const layers = strapi.server.router.match(ctx.path, ctx.method).pathAndMethod;
  const route = [...layers]
    .reverse()
    .find((layer) => layer.methods.length > 0 && named(layer.path));
  if (route) {
    return route.path;
  }
  return STATIC_GROUPS.find(([prefix]) => ctx.path.startsWith(prefix))?.[1] ?? 'unmatched';
};
