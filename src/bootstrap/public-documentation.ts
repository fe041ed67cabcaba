import type { Core } from '@strapi/strapi';
import { publicReadable } from '../constants';
import { isPublicRead, listContentApiRoutes } from './token-reach';

/** Never described, whatever model holds them: credentials and the admin authors of content. */
const ALWAYS_HIDDEN = [
  'password',
  'resetPasswordToken',
  'confirmationToken',
  'registrationToken',
  'createdBy',
  'updatedBy',
];

interface Attribute {
  type?: string;
  private?: boolean;
  target?: string;
  component?: string;
  components?: string[];
}
type Model = { attributes: Record<string, Attribute> };

/** The models a public read can return: the public types, and what they relate to or embed. */
const publicModels = (strapi: Core.Strapi): Model[] => {
  const models: Record<string, Model | undefined> = Object.fromEntries(
    [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)].map((model) => [
      model.uid,
      model as Model,
    ])
  );
  const seen = new Set<string>(publicReadable(strapi));
  const queue: string[] = [...seen];
  while (queue.length > 0) {
    for (const [name, attribute] of Object.entries(models[queue.shift()!]?.attributes ?? {})) {
      if (attribute.private || ALWAYS_HIDDEN.includes(name)) {
        continue;
      }
      const media = attribute.type === 'media' ? ['plugin::upload.file'] : [];
      for (const uid of [
        ...media,
        ...(attribute.target ? [attribute.target] : []),
        ...(attribute.component ? [attribute.component] : []),
        ...(attribute.components ?? []),
      ]) {
        if (!seen.has(uid)) {
          seen.add(uid);
          queue.push(uid);
        }
      }
    }
  }
  return [...seen].map((uid) => models[uid]).filter((model): model is Model => Boolean(model));
};

/** The private attributes of every model a public read can return, and the credentials. */
export const hiddenFieldNames = (strapi: Core.Strapi): string[] => {
  const names = new Set(ALWAYS_HIDDEN);
  for (const model of publicModels(strapi)) {
    for (const [name, attribute] of Object.entries(model.attributes)) {
      if (attribute.private) {
        names.add(name);
      }
    }
  }
  return [...names].sort();
};

/** `GET /articles/{id}`: the operations of the OpenAPI document that Public may call. */
const publicOperations = (strapi: Core.Strapi) =>
  new Set(
    listContentApiRoutes(strapi)
      .filter((route) => route.auth === false || isPublicRead(strapi, route.action))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
  );

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Removes hidden properties from every schema object, however deeply nested. */
const stripProperties = (node: unknown, hidden: Set<string>): void => {
  if (Array.isArray(node)) {
    node.forEach((item) => stripProperties(item, hidden));
    return;
  }
  if (!isObject(node)) {
    return;
  }
  if (isObject(node.properties)) {
    for (const name of Object.keys(node.properties)) {
      if (hidden.has(name)) {
        delete node.properties[name];
      }
    }
    if (Array.isArray(node.required)) {
      node.required = node.required.filter((name) => !hidden.has(String(name)));
    }
  }
  Object.values(node).forEach((child) => stripProperties(child, hidden));
};

/** Names of the component schemas a node refers to (`#/components/schemas/X`). */
const refsIn = (node: unknown, found: Set<string>) => {
  if (Array.isArray(node)) {
    node.forEach((item) => refsIn(item, found));
  } else if (isObject(node)) {
    if (typeof node.$ref === 'string') {
      found.add(node.$ref.replace('#/components/schemas/', ''));
    }
    Object.values(node).forEach((child) => refsIn(child, found));
  }
};

/** Drops the component schemas no kept operation uses, directly or through another schema. */
const pruneSchemas = (document: Json) => {
  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const used = new Set<string>();
  refsIn(document.paths, used);
  let size = -1;
  while (size !== used.size) {
    size = used.size;
    for (const name of [...used]) {
      refsIn(schemas[name], used);
    }
  }
  for (const name of Object.keys(schemas)) {
    if (!used.has(name)) {
      delete schemas[name];
    }
  }
};

/**
 * The documentation plugin's `mutateDocumentation`: the published OpenAPI document describes
 * what Public may call of the content types (find/findOne of the public types) with no private
 * field, so neither /documentation nor /api/cchc/openapi.json names them, and then our own
 * routes that Public or a token calls (feeds, search, the social queue, rundowns, reports).
 */
export const publicDocumentation = (strapi: Core.Strapi) => (document: Json) => {
  const allowed = publicOperations(strapi);
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, operations] of Object.entries(paths)) {
    if (!isObject(operations)) {
      continue;
    }
    for (const method of Object.keys(operations)) {
      if (!allowed.has(`${method.toUpperCase()} ${path}`)) {
        delete operations[method];
      }
    }
    if (Object.keys(operations).length === 0) {
      delete paths[path];
    }
  }
  stripProperties(document, new Set(hiddenFieldNames(strapi)));
  pruneSchemas(document);
  // our own routes, described from the schemas their controllers parse with
  (strapi.plugin('cchc').service('api-docs') as { extend(document: Json): Json }).extend(document);
};

interface DocumentationService {
  generateFullDoc(): Promise<void>;
}

/**
 * Hands the filter to the documentation plugin (register), and in production, where the plugin
 * does not generate the document at start, generates it (bootstrap).
 */
export const usePublicDocumentation = (strapi: Core.Strapi) => {
  if (!strapi.plugin('documentation')) {
    return;
  }
  strapi.config.set(
    'plugin::documentation.x-strapi-config.mutateDocumentation',
    publicDocumentation(strapi)
  );
};

export const generateDocumentationInProduction = async (strapi: Core.Strapi) => {
  if (strapi.plugin('documentation') && strapi.config.environment === 'production') {
    const service = strapi.plugin('documentation').service('documentation') as DocumentationService;
    await service.generateFullDoc();
  }
};
