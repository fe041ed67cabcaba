import type { Core, Schema } from '@strapi/strapi';
import type * as Nexus from 'nexus';
import { getService } from '../core/get-service';
import { pluginConfig } from '../core/plugin-config';
import { contentTypeUid, schemaOf } from '../core/schemas';

type Args = Record<string, unknown> & { site: string; filters?: Record<string, unknown> };
type Resolver = (parent: unknown, args: Record<string, unknown>, ctx: unknown) => Promise<unknown>;

interface GraphqlNaming {
  getFindQueryName(ct: Schema.ContentType): string;
  getCreateMutationTypeName(ct: Schema.ContentType): string;
  getUpdateMutationTypeName(ct: Schema.ContentType): string;
  getTypeName(ct: Schema.ContentType): string;
  getEntityResponseCollectionName(ct: Schema.ContentType): string;
}

/** The graphql plugin's naming of types, queries and mutations. */
const namingOf = (graphql: Core.Plugin): GraphqlNaming => graphql.service('utils').naming;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Name of the site query of a type: `articles` → `siteArticles`. */
export const siteQueryName = (findQueryName: string) => `site${capitalize(findQueryName)}`;

const FULL_ACCESS_ONLY = { policies: ['plugin::cchc.full-access-token-only'] };

interface FieldInfo {
  fieldNodes: Array<{ arguments?: ReadonlyArray<{ name: { value: string } }> }>;
}
type ResolverMiddleware = (
  resolve: (
    parent: unknown,
    args: Record<string, unknown>,
    ctx: unknown,
    info: FieldInfo
  ) => unknown,
  parent: unknown,
  args: Record<string, unknown>,
  ctx: unknown,
  info: FieldInfo
) => unknown;

/**
 * A create or update mutation of a reviewed type saves a draft unless the query names
 * `status` itself (the schema's default is PUBLISHED); as over REST.
 */
const draftByDefault: ResolverMiddleware = (resolve, parent, args, ctx, info) => {
  const named = info.fieldNodes[0]?.arguments?.some((arg) => arg.name.value === 'status');
  return resolve(parent, named ? args : { ...args, status: 'draft' }, ctx, info);
};

/** Unit-owned types with draft & publish: each gets a `site…` query. */
const siteTypesOf = (strapi: Core.Strapi) =>
  Object.keys(pluginConfig(strapi).scopedTypes)
    .map((uid) => schemaOf(strapi, uid))
    .filter((ct): ct is Schema.ContentType => Boolean(ct?.options?.draftAndPublish));

/** Scopes of the `site…` queries, drafts by default on reviewed types' mutations, reports closed. */
const resolversConfigFor = (
  strapi: Core.Strapi,
  siteTypes: Schema.ContentType[],
  naming: GraphqlNaming
) => {
  const resolversConfig: Record<string, unknown> = {};
  for (const ct of siteTypes) {
    const name = siteQueryName(naming.getFindQueryName(ct));
    resolversConfig[`Query.${name}`] = { auth: { scope: [`${ct.uid}.find`] } };
    resolversConfig[`Query.${name}_connection`] = { auth: { scope: [`${ct.uid}.find`] } };
  }
  for (const uid of pluginConfig(strapi).review.types) {
    const ct = strapi.contentTypes[contentTypeUid(strapi, uid)];
    for (const name of [
      naming.getCreateMutationTypeName(ct),
      naming.getUpdateMutationTypeName(ct),
    ]) {
      resolversConfig[`Mutation.${name}`] = { middlewares: [draftByDefault] };
    }
  }
  for (const field of ['unitReport', 'unitReports', 'unitReports_connection']) {
    resolversConfig[`Query.${field}`] = FULL_ACCESS_ONLY;
  }
  for (const field of ['createUnitReport', 'updateUnitReport', 'deleteUnitReport']) {
    resolversConfig[`Mutation.${field}`] = FULL_ACCESS_ONLY;
  }

  return resolversConfig;
};

/** What the `site…` fields of one type are built with. */
interface SiteQueryKit {
  nexus: typeof Nexus;
  naming: GraphqlNaming;
  findMany: (ct: Schema.ContentType) => Resolver;
  contentTypeArgs: (ct: Schema.ContentType) => Record<string, unknown>;
  siteArgs: (ct: Schema.ContentType, args: Args) => Promise<Record<string, unknown>>;
  connectionOf: (nodes: unknown, args: Record<string, unknown>, uid: string) => unknown;
}

/** `siteArticles` and `siteArticles_connection` (and the same for every site type). */
const defineSiteQueries = (
  t: Nexus.blocks.ObjectDefinitionBlock<'Query'>,
  ct: Schema.ContentType,
  { nexus, naming, findMany, contentTypeArgs, siteArgs, connectionOf }: SiteQueryKit
) => {
  const name = siteQueryName(naming.getFindQueryName(ct));
  const site = nexus.stringArg({
    description: 'mã (slug) trang của đơn vị, ví dụ xa-son-tay (the site’s unit slug)',
  });
  const args = { site: nexus.nonNull(site), ...contentTypeArgs(ct) };
  const what = ct.info.displayName;
  t.field(name, {
    description:
      `${what} đã xuất bản của một trang: của đơn vị và cấp trên chia sẻ cho cấp dưới, ` +
      'theo đường nhanh. Published items of a site: its own and what the levels above shared.',
    type: nexus.nonNull(nexus.list(naming.getTypeName(ct))),
    args,
    resolve: async (parent, rawArgs, ctx) => findMany(ct)(parent, await siteArgs(ct, rawArgs), ctx),
  });
  t.field(`${name}_connection`, {
    description: `Như \`${name}\`, kèm pageInfo. As \`${name}\`, with pageInfo.`,
    type: naming.getEntityResponseCollectionName(ct),
    args,
    resolve: async (parent, rawArgs, ctx) => {
      const transformed = await siteArgs(ct, rawArgs);
      return connectionOf(await findMany(ct)(parent, transformed, ctx), transformed, ct.uid);
    },
  });
};

/**
 * GraphQL side of the plugin: `siteArticles(site: "xa-son-tay", filters, sort, pagination)` (and
 * `_connection`) for every unit-owned type with draft & publish, and unit reports closed to
 * everything but full-access tokens.
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  const siteTypes = siteTypesOf(strapi);

  graphql.service('extension').use(({ nexus }: { nexus: typeof Nexus }) => {
    const naming = namingOf(graphql);
    const builders = graphql.service('builders');
    const { getContentTypeArgs, transformArgs } = builders.utils;
    const { toEntityResponseCollection } = graphql.service('format').returnTypes;
    const kit: SiteQueryKit = {
      nexus,
      naming,
      contentTypeArgs: (ct) => getContentTypeArgs(ct),
      findMany: (ct) =>
        builders.get('content-api').buildQueriesResolvers({ contentType: ct }).findMany,
      siteArgs: async (ct, { site, ...args }) => {
        const transformed = transformArgs(args, { contentType: ct, usePagination: true });
        const siteFilters = await getService(strapi, 'site').filtersFor(ct.uid, site);
        transformed.filters = transformed.filters
          ? { $and: [transformed.filters, siteFilters] }
          : siteFilters;
        return transformed;
      },
      connectionOf: (nodes, args, uid) =>
        toEntityResponseCollection(nodes, { args, resourceUID: uid }),
    };
    return {
      types: [
        nexus.extendType({
          type: 'Query',
          definition(t) {
            for (const ct of siteTypes) {
              defineSiteQueries(t, ct, kit);
            }
          },
        }),
      ],
      resolversConfig: resolversConfigFor(strapi, siteTypes, naming),
    };
  });
};
