import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { rememberSecret, scanResponse } from './response-scan';

type Agent = ReturnType<typeof request>;
type Method = 'get' | 'post' | 'put' | 'delete';

/** supertest against the booted app; every response is scanned for leaked secrets. */
export const http = (strapi: Core.Strapi): Pick<Agent, Method> => {
  const agent = request(strapi.server.httpServer);
  const scanned = (method: Method) => (url: string) =>
    agent[method](url).use((req) => {
      req.on('response', (res: { text?: string }) =>
        scanResponse(`${method.toUpperCase()} ${url}`, res.text)
      );
    });
  return {
    get: scanned('get'),
    post: scanned('post'),
    put: scanned('put'),
    delete: scanned('delete'),
  };
};

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; error?: { name?: string } } }>;
}

/** POSTs a GraphQL operation, optionally with a bearer token. */
export const graphql = async <T = Record<string, unknown>>(
  strapi: Core.Strapi,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string
): Promise<GraphQLResponse<T>> => {
  let req = http(strapi).post('/graphql').set('Content-Type', 'application/json');
  if (token) {
    req = req.set('Authorization', `Bearer ${token}`);
  }
  const res = await req.send({ query, variables });
  return { status: res.status, data: res.body.data, errors: res.body.errors };
};

/** Creates a Strapi API token of the given type and returns its secret. */
export const createApiToken = async (
  strapi: Core.Strapi,
  type: 'read-only' | 'full-access' | 'custom',
  name = `test-${type}-${Date.now()}`,
  permissions: string[] = []
): Promise<string> => {
  const token = await strapi.service('admin::api-token').create({
    name,
    type,
    lifespan: null,
    permissions,
  });
  rememberSecret(token.accessKey as string);
  return token.accessKey as string;
};

/** Creates an active admin user with the given role ids and returns a bearer token for the admin API. */
export const adminToken = async (
  strapi: Core.Strapi,
  roleIds: Array<number | string>,
  email = `admin-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@cchc.test`
): Promise<string> => {
  const password = 'Secret-pass-123';
  await strapi.service('admin::user').create({
    email,
    firstname: 'Kiểm',
    lastname: 'Thử',
    password,
    isActive: true,
    roles: roleIds,
  });
  const res = await http(strapi).post('/admin/login').send({ email, password });
  if (res.status !== 200) {
    throw new Error(`Admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body.data.token as string;
};

export const superAdminToken = async (strapi: Core.Strapi) => {
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  return adminToken(strapi, [superAdmin.id]);
};
