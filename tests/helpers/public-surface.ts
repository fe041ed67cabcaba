import fs from 'fs';
import path from 'path';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Core } from '@strapi/strapi';
import { http } from './http';

/** The written allow-list: who may reach what, one reason per entry. */
export const SURFACE_FILE = path.resolve(__dirname, '..', '..', 'docs', 'public-surface.json');

export type Caller = 'public' | 'read-only token';

export interface SurfaceList {
  public: Record<string, string>;
  'read-only token': Record<string, string>;
}

export const readSurfaceList = (): SurfaceList =>
  JSON.parse(fs.readFileSync(SURFACE_FILE, 'utf8')) as SurfaceList;

interface RouterLayer {
  path: string;
  methods: string[];
}

/** Every Content API route the running app has mounted, as `METHOD /api/path`. */
export const contentApiRoutes = (strapi: Core.Strapi): string[] => {
  const stack = (strapi.server.router as unknown as { stack: RouterLayer[] }).stack;
  const routes = new Set<string>();
  for (const layer of stack) {
    if (!layer.path.startsWith('/api/') || layer.methods.length === 0) {
      continue;
    }
    const method = layer.methods.includes('GET') ? 'GET' : layer.methods[0];
    routes.add(`${method} ${layer.path}`);
  }
  return [...routes].sort();
};

/** A concrete URL for a route pattern: every parameter gets a value that names nothing. */
const concrete = (pattern: string) =>
  pattern
    .replace(/\(\.\*\)/g, 'x')
    .replace(/:(\w+)(\([^)]*\))?/g, (_, name: string) => (name === 'id' ? 'zz0000' : 'x'));

/** 401 and 403 are the refusals; anything else means the caller got past authentication. */
const isRefused = (status: number) => status === 401 || status === 403;

/** Calls every route as the caller and returns those it reached (not 401/403). */
export const probeRest = async (
  strapi: Core.Strapi,
  routes: string[],
  token?: string
): Promise<string[]> => {
  const reached: string[] = [];
  for (const route of routes) {
    const [method, pattern] = route.split(' ');
    const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    let req = http(strapi)[verb](concrete(pattern));
    if (token) {
      req = req.set('Authorization', `Bearer ${token}`);
    }
    const res = method === 'GET' || method === 'DELETE' ? await req : await req.send({});
    if (res.status >= 500) {
      throw new Error(`${route} answered ${res.status}: ${res.text.slice(0, 300)}`);
    }
    if (!isRefused(res.status)) {
      reached.push(route);
    }
  }
  return reached;
};

/** The schema the GraphQL plugin builds for the running app (types, extensions, policies). */
export const graphqlSchema = (strapi: Core.Strapi): GraphQLSchema =>
  strapi.plugin('graphql').service('content-api').buildSchema() as GraphQLSchema;

/** Every Query and Mutation field, as `Query.name` / `Mutation.name`. */
export const graphqlFields = (schema: GraphQLSchema): string[] =>
  (['Query', 'Mutation'] as const).flatMap((root) => {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    return Object.keys(type?.getFields() ?? {}).map((name) => `${root}.${name}`);
  });

/** A value the input type accepts, filling only what is required. */
const sampleValue = (type: GraphQLInputType): unknown => {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    return [];
  }
  if (isEnumType(inner)) {
    return inner.getValues()[0]?.value;
  }
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)])
    );
  }
  if (isScalarType(inner)) {
    const samples: Record<string, unknown> = {
      Int: 1,
      Float: 1,
      Boolean: false,
      DateTime: '2026-01-01T00:00:00.000Z',
      Date: '2026-01-01',
      Time: '00:00:00.000',
      JSON: {},
      Long: 1,
    };
    return inner.name in samples ? samples[inner.name] : 'zz0000';
  }
  return null;
};

/** A valid operation for one root field with its required arguments as variables. */
const operationFor = (root: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>) => {
  const required = field.args.filter(
    (arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined
  );
  const declared = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection =
    isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  const keyword = root === 'Query' ? 'query' : 'mutation';
  return {
    query: `${keyword} Probe${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
};

interface GraphqlAnswer {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Runs one operation per root field as the caller and returns the fields it reached. */
export const probeGraphql = async (
  strapi: Core.Strapi,
  schema: GraphQLSchema,
  fields: string[],
  token?: string
): Promise<string[]> => {
  const reached: string[] = [];
  for (const name of fields) {
    const [root, fieldName] = name.split('.') as ['Query' | 'Mutation', string];
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    const field = type?.getFields()[fieldName];
    if (!field) {
      continue;
    }
    let req = http(strapi).post('/graphql').set('Content-Type', 'application/json');
    if (token) {
      req = req.set('Authorization', `Bearer ${token}`);
    }
    const res = await req.send(operationFor(root, field));
    const body = res.body as GraphqlAnswer;
    if (res.status >= 500) {
      throw new Error(`${name} answered ${res.status}: ${res.text.slice(0, 300)}`);
    }
    const invalid = body.errors?.find(
      (e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || /^Variable "\$/.test(e.message)
    );
    if (invalid) {
      // a malformed probe would prove nothing either way
      throw new Error(`The probe of ${name} is not a valid operation: ${res.text.slice(0, 300)}`);
    }
    const codes = (body.errors ?? []).map((e) => e.extensions?.code);
    const refused = codes.some((code) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED');
    if (!refused) {
      reached.push(name);
    }
  }
  return reached;
};

/** What to tell the engineer when the observed surface and the written list differ. */
export const surfaceDifference = (caller: Caller, reached: string[], listed: string[]) => {
  const extra = reached.filter((entry) => !listed.includes(entry));
  const stale = listed.filter((entry) => !reached.includes(entry));
  const lines: string[] = [];
  if (extra.length > 0) {
    lines.push(
      `Reachable by ${caller} but not in docs/public-surface.json. If that is intended, add under "${caller}":`,
      ...extra.map((entry) => `  "${entry}": "<why ${caller} may call it>",`),
      'otherwise close it (a policy, a permission, or the read-only token rule in src/bootstrap/token-reach.ts).'
    );
  }
  if (stale.length > 0) {
    lines.push(
      `Listed under "${caller}" in docs/public-surface.json but no longer reachable; remove:`,
      ...stale.map((entry) => `  "${entry}"`)
    );
  }
  return lines.join('\n');
};
