import type { Core, Schema } from '@strapi/strapi';
import { PUBLIC_ACTIONS, publicReadable } from '../constants';

const FULL_ACCESS_ONLY = 'plugin::cchc.full-access-token-only';
const NOT_READ_ONLY = 'plugin::cchc.not-read-only-token';

/** Published public content: the only reads a read-only API token may make. */
const publicReads = (strapi: Core.Strapi) =>
  new Set(
    publicReadable(strapi).flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`))
  );

/** Front-end accounts and roles, and the plugin's own records: for full-access tokens only. */
const FULL_ACCESS_SUBJECTS = [
  /^plugin::users-permissions\.(user|role|permissions)\.(?!me$)/,
  /^plugin::cchc\.(?!social-queue\.|feeds\.|openapi\.|reports\.)/,
];

export const isPublicRead = (strapi: Core.Strapi, action: string | undefined) =>
  action !== undefined && publicReads(strapi).has(action);

/** Strapi's own test for the routes a read-only token passes (5.54, content-api-token strategy). */
const isReadAction = (action: string) => action.endsWith('find') || action.endsWith('findOne');

type ReachPolicy = typeof FULL_ACCESS_ONLY | typeof NOT_READ_ONLY;

/** The policy that keeps a Content API action within what its callers may reach, if any. */
const reachPolicyFor = (publicActions: Set<string>, action: string): ReachPolicy | undefined => {
  if (FULL_ACCESS_SUBJECTS.some((pattern) => pattern.test(action))) {
    return FULL_ACCESS_ONLY;
  }
  return isReadAction(action) && !publicActions.has(action) ? NOT_READ_ONLY : undefined;
};

interface Route {
  method?: string;
  path?: string;
  handler?: unknown;
  config?: { auth?: false | { scope?: string[] }; policies?: unknown[]; prefix?: string };
}
interface Router {
  type?: string;
  routes?: Route[];
}
/** Plugins built with `createContentApiRoutesFactory` expose their router as a function. */
type Routers = Record<string, Router | (() => Router)> | Route[] | undefined;

const contentApiRoutes = (routers: Routers): Route[] =>
  Array.isArray(routers)
    ? []
    : Object.values(routers ?? {})
        .map((router) => (typeof router === 'function' ? router() : router))
        .filter((router) => router.type === 'content-api')
        .flatMap((router) => router.routes ?? []);

const actionOf = (route: Route, namespace: string) => {
  if (typeof route.handler !== 'string') {
    return undefined;
  }
  return route.handler.includes('::') ? route.handler : `${namespace}.${route.handler}`;
};

const subjectOf = (action: string) => action.slice(0, action.lastIndexOf('.'));

/** Adds the reach policy to a route; notes subjects its router already closed to full access. */
const guard = (
  route: Route,
  action: string | undefined,
  reach: { publicActions: Set<string>; fullAccessSubjects: Set<string> }
) => {
  const policy = action ? reachPolicyFor(reach.publicActions, action) : undefined;
  if (!action || !policy || route.config?.auth === false) {
    return;
  }
  route.config ??= {};
  const policies = route.config.policies ?? [];
  if (policies.includes(FULL_ACCESS_ONLY)) {
    reach.fullAccessSubjects.add(subjectOf(action));
  } else if (!policies.includes(policy)) {
    route.config.policies = [...policies, policy];
  }
};

export interface ContentApiRoute {
  method: string;
  /** Below the REST prefix (`/api`), as the router mounts it: `/articles/:id`, `/auth/local`. */
  path: string;
  action: string | undefined;
  auth: boolean;
}

/** Every Content API route the app and its plugins declare, with the action it checks. */
export const listContentApiRoutes = (strapi: Core.Strapi): ContentApiRoute[] => {
  const origins = [
    ...Object.entries(strapi.apis).map(([name, api]) => ({
      routers: api.routes as Routers,
      namespace: `api::${name}`,
      prefix: '',
    })),
    ...Object.entries(strapi.plugins).map(([name, plugin]) => ({
      routers: plugin.routes as Routers,
      namespace: `plugin::${name}`,
      prefix: `/${name}`,
    })),
  ];
  return origins.flatMap(({ routers, namespace, prefix }) =>
    contentApiRoutes(routers).map((route) => ({
      method: route.method ?? 'GET',
      path: `${route.config?.prefix ?? prefix}${route.path ?? ''}`,
      action: actionOf(route, namespace),
      auth: route.config?.auth !== false,
    }))
  );
};

/**
 * A read-only API token reads published public content only, and user accounts are for
 * full-access tokens only: every Content API route (ours and the plugins') and every GraphQL
 * query of another type gets the policy that says so. Runs in `register`, before routes mount.
 */
export const guardTokenReach = (strapi: Core.Strapi) => {
  const reach = { publicActions: publicReads(strapi), fullAccessSubjects: new Set<string>() };
  for (const [name, api] of Object.entries(strapi.apis)) {
    for (const route of contentApiRoutes(api.routes as Routers)) {
      guard(route, actionOf(route, `api::${name}`), reach);
    }
  }
  for (const [name, plugin] of Object.entries(strapi.plugins)) {
    for (const route of contentApiRoutes(plugin.routes as Routers)) {
      guard(route, actionOf(route, `plugin::${name}`), reach);
    }
  }
  if (strapi.plugin('graphql')) {
    guardGraphqlQueries(strapi, reach);
  }
};

interface GraphqlNaming {
  getFindQueryName(ct: Schema.ContentType): string;
  getFindOneQueryName(ct: Schema.ContentType): string;
  getFindConnectionQueryName(ct: Schema.ContentType): string;
}

const guardGraphqlQueries = (
  strapi: Core.Strapi,
  {
    publicActions,
    fullAccessSubjects,
  }: { publicActions: Set<string>; fullAccessSubjects: Set<string> }
) => {
  const graphql = strapi.plugin('graphql');
  graphql.service('extension').use(() => {
    const naming = graphql.service('utils').naming as GraphqlNaming;
    const resolversConfig: Record<string, { policies: string[] }> = {};
    for (const ct of Object.values(strapi.contentTypes) as Schema.ContentType[]) {
      if (ct.uid.startsWith('admin::')) {
        continue;
      }
      // the same policy as the type's REST routes, so that GraphQL answers as REST does
      const policy = fullAccessSubjects.has(ct.uid)
        ? FULL_ACCESS_ONLY
        : reachPolicyFor(publicActions, `${ct.uid}.find`);
      if (!policy) {
        continue;
      }
      for (const field of [
        naming.getFindQueryName(ct),
        naming.getFindOneQueryName(ct),
        naming.getFindConnectionQueryName(ct),
      ]) {
        resolversConfig[`Query.${field}`] = { policies: [policy] };
      }
    }
    return { resolversConfig };
  });
};
