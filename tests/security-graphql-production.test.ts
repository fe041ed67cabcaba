import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { graphql, http } from './helpers/http';

/**
 * Issue #12, case 7 (GraphQL): booted as in production, /graphql tells an outsider nothing
 * about the schema: no landing page, no introspection, no "Did you mean" naming fields.
 */
let app: TestApp;
const before = process.env.NODE_ENV;

beforeAll(async () => {
  process.env.NODE_ENV = 'production';
  app = await startApp();
}, 120000);
afterAll(async () => {
  await stopApp(app);
  process.env.NODE_ENV = before;
});

test('GET /graphql from a browser is not the Apollo landing page', async () => {
  const res = await http(app.strapi).get('/graphql').set('Accept', 'text/html');
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).not.toMatch(/html/);
  expect(res.text).not.toMatch(/<html|<script|sandbox|embeddable/i);
});

test('introspection is refused', async () => {
  const res = await graphql(app.strapi, '{ __schema { types { name } } }');
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors?.[0].message).toMatch(/introspection/i);
});

test.each([
  ['a misspelt field', '{ articles { titel } }', 'titel', 'title'],
  ['a misspelt argument', '{ articles(filter: {}) { title } }', 'filter', 'filters'],
  [
    'a misspelt type',
    'query ($f: ArticleFilterInput) { articles(filters: $f) { title } }',
    'ArticleFilterInput',
    'ArticleFiltersInput',
  ],
  [
    'a misspelt input field',
    '{ articles(filters: { titel: { eq: "x" } }) { title } }',
    'titel',
    'title',
  ],
  ['a misspelt enum value', '{ articles(status: PUBLISHD) { title } }', 'PUBLISHD', 'PUBLISHED'],
])('%s is refused without suggesting the right name', async (_name, query, wrong, right) => {
  const res = await graphql(app.strapi, query);
  expect(res.status).toBe(400);
  const messages = (res.errors ?? []).map((error) => error.message).join('\n');
  expect(messages).toContain(`"${wrong}"`);
  expect(messages).not.toMatch(/did you mean/i);
  expect(messages).not.toContain(`"${right}"`);
});

test('the limits hold in production too', async () => {
  const copies = Array.from(
    { length: 30 },
    (_, i) =>
      `a${i}: units(pagination: { pageSize: 100 }) { children { children { parent { name } } } }`
  );
  const res = await graphql(app.strapi, `{ ${copies.join(' ')} }`);
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
});

test('a published-content query still answers', async () => {
  const res = await graphql(app.strapi, '{ units { name } }');
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
});
