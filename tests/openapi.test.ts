import fs from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken } from './helpers/http';
import { listen, send } from './helpers/real-client';
import { listContentApiRoutes } from '../src/bootstrap/token-reach';

/**
 * The OpenAPI document describes the API as it runs: it validates, the committed copy is the
 * one the app serves, every Content API route of ours is in it, and what the routes answer
 * (successes and errors) matches the schemas it gives.
 */
type Json = Record<string, any>;

let app: TestApp;
let base: string;
let document: Json;
let fullAccess: string;

const COMMITTED = path.resolve(__dirname, '..', 'docs', 'openapi.json');

beforeAll(async () => {
  app = await startApp();
  base = await listen(app.strapi);
  fullAccess = await createApiToken(app.strapi, 'full-access');
  const res = await send(base, '/api/cchc/openapi.json');
  expect(res.status).toBe(200);
  document = res.json;
}, 240_000);

afterAll(() => stopApp(app), 60_000);

/** `{ method, path, operation }` for every operation of ours (those the plugin does not generate). */
const ours = () =>
  (app.strapi.plugin('cchc').service('api-docs') as { operations(): Json[] })
    .operations()
    .map((doc) => ({ method: doc.method as string, path: doc.path as string }));

test('the document is valid OpenAPI 3.1 (checked by swagger-parser) and is the committed docs/openapi.json', async () => {
  expect(document.openapi).toBe('3.1.0');
  await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  const committed = JSON.parse(fs.readFileSync(COMMITTED, 'utf8'));
  // `npm run docs` writes the file again after a change to the routes or their schemas
  expect(document).toEqual(committed);
});

test('docs/schema.graphql is the GraphQL schema the app serves, our queries described in it', () => {
  const sdl = (
    app.strapi.plugin('cchc').service('api-docs') as { graphqlSchema(): string }
  ).graphqlSchema();
  expect(sdl).toBe(
    fs.readFileSync(path.resolve(__dirname, '..', 'docs', 'schema.graphql'), 'utf8')
  );
  for (const field of ['siteArticles(', 'search(', 'searchSuggestions(']) {
    const at = sdl.indexOf(`  ${field}`);
    expect([field, at > 0]).toEqual([field, true]);
    // a description ends right above the field
    expect([field, sdl.slice(0, at).trimEnd().endsWith('"'.repeat(3))]).toEqual([field, true]);
  }
  expect(sdl).toMatch(/^# Limits: depth \d+/m);
});

test('every Content API route of ours that Public or a token calls is described', () => {
  const described = new Set(ours().map((op) => `${op.method.toUpperCase()} ${op.path}`));
  const routes = listContentApiRoutes(app.strapi).filter(
    (route) =>
      (route.action ?? '').startsWith('plugin::cchc.') ||
      /^api::station\.station\.rundown/.test(route.action ?? '')
  );
  expect(routes.length).toBeGreaterThan(10);
  const missing = routes
    .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
    .filter((key) => !described.has(key));
  expect(missing).toEqual([]);
  // the lists that take `site=` say so
  const list = document.paths['/articles'].get.parameters.map((p: Json) => p.name);
  expect(list).toContain('site');
});

describe('what the routes answer matches the document', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);

  const schemaOf = (operation: Json, status: number) => {
    const response = operation.responses[String(status)];
    expect([status, response ? 'documented' : 'not documented']).toEqual([status, 'documented']);
    const schema = response.content?.['application/json']?.schema;
    if (!schema) {
      return null;
    }
    return schema.$ref === '#/components/schemas/CchcError'
      ? document.components.schemas.CchcError
      : schema;
  };
  const check = (operation: Json, status: number, body: unknown) => {
    const schema = schemaOf(operation, status);
    if (schema) {
      const validate = ajv.compile(schema);
      expect([status, validate(body) ? [] : validate.errors]).toEqual([status, []]);
    }
  };
  const urlOf = (doc: { path: string }, query: Record<string, string> = {}) => {
    const filled = doc.path.replace('{slug}', 'khong-co-dai').replace('{id}', 'khongcobai0001');
    const search = new URLSearchParams(query).toString();
    return `/api${filled}${search ? `?${search}` : ''}`;
  };

  test('each operation, called with its example, answers a documented status with a body its schema accepts', async () => {
    for (const { method, path: opPath } of ours()) {
      const operation = document.paths[opPath][method];
      const example = operation.requestBody?.content['application/json'].example;
      const query = Object.fromEntries(
        (operation.parameters ?? [])
          .filter((p: Json) => p.in === 'query' && p.required)
          .map((p: Json) => [p.name, p.name === 'date' ? '2026-12-07' : 'x'])
      );
      const needsToken = operation.security.some((s: Json) => 'apiToken' in s);
      const res = await send(base, urlOf({ path: opPath }, query), {
        method: method.toUpperCase(),
        headers: {
          ...(needsToken ? { Authorization: `Bearer ${fullAccess}` } : {}),
          ...(example ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(example ? { body: JSON.stringify(example) } : {}),
      });
      expect([opPath, res.status < 500]).toEqual([opPath, true]);
      check(operation, res.status, res.json);
    }
  });

  test('unknown parameters are refused with the documented 400 and the error shape', async () => {
    for (const { method, path: opPath } of ours().filter((op) => op.method === 'get')) {
      const operation = document.paths[opPath][method];
      if (!operation.responses['400']) {
        continue;
      }
      const res = await send(base, urlOf({ path: opPath }, { khongCo: '1', date: '2026-12-07' }), {
        headers: { Authorization: `Bearer ${fullAccess}` },
      });
      expect([opPath, res.status]).toEqual([opPath, 400]);
      check(operation, 400, res.json);
    }
  });

  test('token routes without a token answer a documented 401 or 403 in the error shape', async () => {
    for (const { method, path: opPath } of ours()) {
      const operation = document.paths[opPath][method];
      if (!operation.security.some((s: Json) => 'apiToken' in s)) {
        continue;
      }
      const res = await send(base, urlOf({ path: opPath }), {
        method: method.toUpperCase(),
        ...(method === 'post'
          ? { headers: { 'Content-Type': 'application/json' }, body: '{}' }
          : {}),
      });
      expect([opPath, [401, 403]]).toEqual([opPath, expect.arrayContaining([res.status])]);
      check(operation, res.status, res.json);
    }
  });
});
