import type { GraphQLSchema } from 'graphql';
import { PUBLIC_ACTIONS, publicReadable } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken } from './helpers/http';
import {
  contentApiRoutes,
  graphqlFields,
  graphqlSchema,
  probeGraphql,
  probeRest,
  readSurfaceList,
  surfaceDifference,
  type Caller,
} from './helpers/public-surface';

/**
 * The public surface is written down in docs/public-surface.json. Every Content API route the
 * running app mounts and every GraphQL Query and Mutation field is called as Public and as a
 * read-only API token; what answers anything but 401/403 (FORBIDDEN in GraphQL) must be listed,
 * and what is listed must answer.
 */
let app: TestApp;
let readOnly: string;
let schema: GraphQLSchema;

beforeAll(async () => {
  app = await startApp();
  readOnly = await createApiToken(app.strapi, 'read-only');
  schema = graphqlSchema(app.strapi);
}, 120000);
afterAll(() => stopApp(app));

const observe = async (token?: string) => [
  ...(await probeRest(app.strapi, contentApiRoutes(app.strapi), token)),
  ...(await probeGraphql(app.strapi, schema, graphqlFields(schema), token)),
];

describe('the reachable surface is exactly the written allow-list', () => {
  test('the enumeration sees the whole app (REST routes of every plugin, GraphQL fields)', () => {
    const routes = contentApiRoutes(app.strapi);
    for (const route of ['GET /api/articles', 'GET /api/users', 'GET /api/upload/files']) {
      expect(routes).toContain(route);
    }
    expect(routes).toContain('POST /api/auth/local/register');
    const fields = graphqlFields(schema);
    for (const field of ['Query.articles', 'Query.usersPermissionsUsers', 'Mutation.register']) {
      expect(fields).toContain(field);
    }
  });

  test('every entry of the list gives its reason', () => {
    const list = readSurfaceList();
    for (const caller of ['public', 'read-only token'] as const) {
      for (const [entry, reason] of Object.entries(list[caller])) {
        expect(`${entry}: ${reason.trim().length > 10 ? 'ok' : 'no reason'}`).toBe(`${entry}: ok`);
      }
    }
  });

  test.each<[Caller, () => string | undefined]>([
    ['public', () => undefined],
    ['read-only token', () => readOnly],
  ])(
    '%s reaches only what the list names',
    async (caller, token) => {
      const reached = (await observe(token())).sort();
      const listed = Object.keys(readSurfaceList()[caller]);
      expect(surfaceDifference(caller, reached, listed)).toBe('');
    },
    180000
  );
});

test('the Public role holds find and findOne on the public types and no other permission', async () => {
  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' }, populate: ['permissions'] });
  const actions = (role.permissions as Array<{ action: string }>).map((p) => p.action).sort();
  expect(actions).toEqual(
    publicReadable(app.strapi)
      .flatMap((uid) => PUBLIC_ACTIONS.map((action) => `${uid}.${action}`))
      .sort()
  );
  // the list comes from config: the published types and the reference data, never reports
  expect(publicReadable(app.strapi)).toEqual([
    'api::article.article',
    'api::leaflet.leaflet',
    'api::broadcast-script.broadcast-script',
    'api::training.training',
    'api::unit.unit',
    'api::column.column',
    'api::topic.topic',
    'api::campaign.campaign',
  ]);
});
