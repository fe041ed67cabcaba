import type { Core } from '@strapi/strapi';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { apiDocs } from './features';
import { operationObject, sharedComponents, type OperationDoc } from './core/openapi/operation';
import { reviewedTypes } from './core/reviewed-types';

type Json = Record<string, unknown>;

const SITE_PARAMETER = {
  name: 'site',
  in: 'query',
  required: false,
  description:
    'Mã (slug) của trang một đơn vị: nội dung của đơn vị ấy và nội dung cấp trên chia sẻ cho cấp ' +
    'dưới, theo đường nhanh của hệ thống (ví dụ `xa-son-tay`).',
  schema: { type: 'string', pattern: '^[a-z0-9-]+$' },
};

/**
 * The OpenAPI document's part that Strapi's documentation plugin does not know: our routes
 * (from the same zod schemas the controllers parse with), `site=` on the lists of the reviewed
 * types, our error shape and the two kinds of token. Called on the plugin's document after
 * it has been cut down to what Public may call.
 */
const apiDocsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  operations(): OperationDoc[] {
    return [
      ...apiDocs(strapi),
      {
        method: 'get',
        path: '/cchc/openapi.json',
        handler: 'openapi.show',
        tag: 'Tài liệu API',
        summary: 'Tài liệu OpenAPI 3.1 này, dạng JSON',
        callers: ['public'],
        success: { mime: 'application/json', description: 'Tài liệu OpenAPI' },
        errors: [404, 429, 503],
      },
    ];
  },

  extend(document: Json) {
    document.openapi = '3.1.0';
    const { title, version, description } = (document.info ?? {}) as Json;
    // the same text on every run and host: no generation date, no placeholders, a relative server
    document.info = { title, version, description };
    document.servers = [{ url: '/api', description: 'Máy chủ này (This server)' }];
    // the content reads are public; a token (API or site) reaches more
    document.security = [{}, { apiToken: [] }, { siteToken: [] }];
    delete document.externalDocs;
    delete document['x-strapi-config'];
    const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>;
    for (const type of reviewedTypes(strapi)) {
      const list = paths[`/${strapi.contentTypes[type.uid].info.pluralName}`]?.get;
      if (list) {
        list.parameters = [...((list.parameters as unknown[]) ?? []), SITE_PARAMETER];
      }
    }
    const tagNames = contentTypeTags(strapi);
    for (const operations of Object.values(paths)) {
      for (const operation of Object.values(operations)) {
        const tags = operation.tags as string[] | undefined;
        operation.tags = tags?.map((tag) => tagNames.get(tag) ?? tag);
      }
    }
    for (const doc of this.operations()) {
      paths[doc.path] = { ...(paths[doc.path] ?? {}), [doc.method]: operationObject(doc) };
    }
    document.paths = paths;
    const components = (document.components ?? {}) as Record<string, Json>;
    const shared = sharedComponents();
    document.components = {
      ...components,
      schemas: { ...(components.schemas ?? {}), ...shared.schemas },
      securitySchemes: shared.securitySchemes,
    };
    return document;
  },

  /** The GraphQL schema as SDL (docs/schema.graphql). */
  graphqlSchema() {
    return graphqlSdl(strapi);
  },
});

export default apiDocsService;

/** The plugin tags a content type's routes with its API name (`Broadcast-script`): ours name it as the admin does. */
const contentTypeTags = (strapi: Core.Strapi) =>
  new Map(
    Object.values(strapi.contentTypes)
      .filter((model) => model.uid.startsWith('api::'))
      .map((model) => {
        const apiName = model.uid.slice('api::'.length).split('.')[0];
        return [apiName.charAt(0).toUpperCase() + apiName.slice(1), model.info.displayName];
      })
  );

/** The GraphQL schema the content API serves, as SDL, sorted, with its limits in a header. */
export const graphqlSdl = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  const schema = graphql.service('content-api').buildSchema() as GraphQLSchema;
  const limit = (name: string) => String(graphql.config(name));
  return [
    '# The GraphQL schema of the CCHC content API, as the app serves it at /graphql.',
    '# Written by `npm run docs`; a test fails while it differs from the running schema.',
    `# Limits: depth ${limit('depthLimit')}, ${limit('defaultLimit')} items per page unless asked,` +
      ` ${limit('maxLimit')} at most; cost, aliases, tokens and directives are limited too`,
    '# (README, "GraphQL limits"). Public reads published content only.',
    '',
    printSchema(lexicographicSortSchema(schema)),
    '',
  ].join('\n');
};
export type ApiDocsService = ReturnType<typeof apiDocsService>;
