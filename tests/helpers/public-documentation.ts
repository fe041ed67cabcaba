import type { Core } from '@strapi/strapi';
import { http } from './http';
import { readSurfaceList } from './public-surface';

/** Credentials no document may name, besides every attribute marked private in a schema. */
const CREDENTIALS = ['password', 'resetPasswordToken', 'confirmationToken', 'registrationToken'];

type Model = { uid: string; attributes: Record<string, { private?: boolean }> };
const allModels = (strapi: Core.Strapi) =>
  [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as Model[];

/**
 * Every attribute with `private: true` across all content types and components, and the
 * credentials; less the names a public type or a component also uses as a public attribute
 * (a contact's `email` is public, an admin user's is not).
 */
export const privateAttributeNames = (strapi: Core.Strapi, publicTypes: string[]): string[] => {
  const names = new Set(CREDENTIALS);
  const publicNames = new Set<string>();
  for (const model of allModels(strapi)) {
    const isPublic = publicTypes.includes(model.uid) || !model.uid.includes('::');
    for (const [name, attribute] of Object.entries(model.attributes)) {
      if (attribute.private) {
        names.add(name);
      } else if (isPublic) {
        publicNames.add(name);
      }
    }
  }
  return [...names].filter((name) => !publicNames.has(name) || CREDENTIALS.includes(name)).sort();
};

/** Every property name an OpenAPI document describes (query parameters such as `locale` are not fields). */
export const describedNames = (document: unknown): string[] => {
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (typeof record.properties === 'object' && record.properties !== null) {
        Object.keys(record.properties).forEach((name) => names.add(name));
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(document);
  return [...names].sort();
};

/** The OpenAPI document the Swagger UI page shows: the one at the address its config names. */
export const documentOfPage = async (strapi: Core.Strapi, html: string): Promise<unknown> => {
  const match = /"url":"([^"]+)"/.exec(html);
  if (!match) {
    throw new Error('The documentation page names no document');
  }
  const res = await http(strapi).get(match[1]);
  expect(res.status).toBe(200);
  return JSON.parse(res.text);
};

/** `GET /api/articles/:id` for each operation of an OpenAPI document (paths are below /api). */
export const documentedOperations = (document: { paths?: Record<string, object> }) =>
  Object.entries(document.paths ?? {}).flatMap(([path, operations]) =>
    Object.keys(operations).map(
      (method) => `${method.toUpperCase()} /api${path.replace(/\{(\w+)\}/g, ':$1')}`
    )
  );

/** The served documents: the OpenAPI JSON and the Swagger UI page with its inline spec. */
export const servedDocuments = async (strapi: Core.Strapi) => {
  const json = await http(strapi).get('/api/cchc/openapi.json');
  const page = await http(strapi).get('/documentation/v1.0.0');
  const latest = await http(strapi).get('/documentation');
  return { json, page, latest };
};

/** Operations the document describes that the Public allow-list does not give Public. */
export const operationsPublicCannotCall = (document: { paths?: Record<string, object> }) => {
  const allowed = Object.keys(readSurfaceList().public);
  return documentedOperations(document).filter((operation) => !allowed.includes(operation));
};

type Paths = Record<string, Record<string, { security?: object[] }>>;

/** Operations the document says need a token: none of their security requirements is empty. */
export const tokenOnly = (document: { paths: Paths }) =>
  documentedOperations(document).filter((operation) => {
    const [method, url] = operation.split(' ');
    const path = url.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}');
    const security = document.paths[path][method.toLowerCase()].security ?? [{}];
    return security.every((requirement) => Object.keys(requirement).length > 0);
  });

/** The document without our own routes: their answers are not stored models (see api-docs). */
export const modelsOnly = (strapi: Core.Strapi, document: { paths: Record<string, unknown> }) => {
  const ours = (
    strapi.plugin('cchc').service('api-docs') as { operations(): Array<{ path: string }> }
  )
    .operations()
    .map((op) => op.path);
  return {
    ...document,
    paths: Object.fromEntries(
      Object.entries(document.paths).filter(([path]) => !ours.includes(path))
    ),
  };
};
