import { gzipSync } from 'node:zlib';
import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken } from './helpers/http';
import { listen, send, sendRaw, type RealResponse } from './helpers/real-client';
import { makeAdmin, makeDistrictTree, MEMBERSHIP_UID } from './helpers/units';

/**
 * Issue #12, "errors that should be 4xx": input that Strapi used to answer with a 500 (or
 * store damaged) is refused with a 4xx and a JSON error carrying a message, on every surface.
 */
const SUBSCRIPTION = 'plugin::cchc.webhook-subscription';
const CM = '/content-manager/collection-types';

let app: TestApp;
let base: string;
let full: string;
let editor: { id: number; token: string };
let superAdmin: { id: number; token: string };

beforeAll(async () => {
  app = await startApp();
  const tree = await makeDistrictTree(app.strapi);
  editor = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  superAdmin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
  full = await createApiToken(app.strapi, 'full-access');
  base = await listen(app.strapi);
}, 300000);
afterAll(() => stopApp(app));

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const json = (token: string | null, body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? bearer(token) : {}) },
  body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
});

const expectError = (res: RealResponse, status: number) => {
  expect(res.status).toBe(status);
  expect(res.json?.data).toBeNull();
  expect(res.json?.error?.status).toBe(status);
  expect(typeof res.json?.error?.message).toBe('string');
  expect(res.json.error.message.length).toBeGreaterThan(0);
  expect(res.text).not.toMatch(/\n\s+at |node_modules|Internal Server Error/);
};

const countArticles = () => app.strapi.db.query(UIDS.article).count();

describe('8. filter operators with the wrong shape answer 400', () => {
  test.each([
    'filters[$or]=x',
    'filters[$and]=x',
    'filters[$not]=x',
    'filters[unit][$or]=x',
    'filters[$or][0]=x',
    'filters[$and][0][$or]=x',
    'filters[$or][0][0]=x',
    'filters[$not][0]=x',
    'filters[0]=x',
    'filters[title][$or]=x',
    'filters[title][$between]=x',
    'filters[title][$between][0]=x',
    'filters[unit][id][$or]=x',
    'filters[title][$or][0][$eq]=x',
    'filters[unit][name][$and][0][$eq]=x',
    'populate[unit][filters][$or]=x',
    'sort[title][0]=asc',
    'fields[0]=constructor',
  ])('REST /api/articles?%s', async (query) => {
    expectError(await send(base, `/api/articles?${query}`), 400);
  });

  test('the same in the content manager', async () => {
    const res = await send(base, `${CM}/${UIDS.article}?filters[$or]=x`, {
      headers: bearer(editor.token),
    });
    expectError(res, 400);
  });

  test.each([
    ['or given one value', { or: 'x' }],
    ['between given one value', { title: { between: 'x' } }],
  ])('GraphQL filters: %s', async (_name, filters) => {
    const res = await send(
      base,
      '/graphql',
      json(null, {
        query: 'query ($f: ArticleFiltersInput) { articles(filters: $f) { title } }',
        variables: { f: filters },
      })
    );
    // refused before it runs: by GraphQL's input coercion (400) or by the filter rules
    expect(res.status).toBeLessThan(500);
    expect(res.json.data?.articles ?? null).toBeNull();
    expect(res.json.errors[0].message).toBeTruthy();
    expect(res.json.errors[0].extensions.code).toMatch(/BAD_USER_INPUT/);
  });

  test('well-formed filters still work', async () => {
    const res = await send(
      base,
      '/api/articles?filters[$or][0][title][$eq]=a&filters[$or][1][unit][name][$containsi]=x&filters[$not][title][$null]=true&filters[title][$between][0]=a&filters[title][$between][1]=z'
    );
    expect(res.status).toBe(200);
  });
});

describe('filters through too many relations answer 400 before they run', () => {
  // the benchmark's worst accepted operation: each article's unit's parent's children's parent's
  // children, 50 × 50 rows per article, ran for seconds on REST and GraphQL
  const DEEP = 'filters[unit][parent][children][parent][children][name][$containsi]=x';

  test('REST, from Public and from a full-access token', async () => {
    for (const headers of [{}, bearer(full)]) {
      const res = await send(base, `/api/articles?${DEEP}`, { headers });
      expectError(res, 400);
      expect(res.json.error.message).toContain('tối đa 3');
    }
  });

  test('GraphQL', async () => {
    const res = await send(
      base,
      '/graphql',
      json(full, {
        query: `{ articles(filters: { unit: { parent: { children: { parent: { name: { eq: "x" } } } } } }) { title } }`,
      })
    );
    expect(res.status).toBeLessThan(500);
    expect(res.json.data?.articles ?? null).toBeNull();
    expect(res.json.errors[0].message).toContain('tối đa 3');
  });

  test("the portal question's three relations still answer", async () => {
    const res = await send(
      base,
      '/api/articles?filters[$or][0][unit][parent][children][slug][$eq]=xa-a&filters[$or][1][unit][children][slug][$eq]=xa-a'
    );
    expect(res.status).toBe(200);
  });
});

describe('9. keys named after Object.prototype members answer 400', () => {
  test.each<Record<string, unknown>>([
    { title: 'x', constructor: 1 },
    { title: 'x', toString: 1 },
    { title: 'x', hasOwnProperty: 1 },
    { title: 'x', constructor: { prototype: 1 } },
    { title: 'x', seo: { constructor: 1 } },
    { title: 'x', unit: { connect: [{ documentId: 'x', valueOf: 1 }] } },
  ])('REST create %j', async (data) => {
    const before = await countArticles();
    expectError(await send(base, '/api/articles', json(full, { data })), 400);
    expect(await countArticles()).toBe(before);
  });

  test('the content manager', async () => {
    const res = await send(
      base,
      `${CM}/${UIDS.article}`,
      json(editor.token, { title: 'x', constructor: 1 })
    );
    expectError(res, 400);
  });

  test('GraphQL variables', async () => {
    const res = await send(
      base,
      '/graphql',
      json(full, {
        query: 'mutation ($d: ArticleInput!) { createArticle(data: $d) { title } }',
        variables: { d: { title: 'x', body: [{ type: 'paragraph', constructor: 1 }] } },
      })
    );
    expectError(res, 400);
  });

  test.each([
    'filters[constructor]=x',
    'filters[unit][toString]=x',
    'populate[constructor]=x',
    'sort=constructor:asc',
  ])('query %s', async (query) => {
    expectError(await send(base, `/api/articles?${query}`), 400);
  });
});

describe('10. relation lookups of a field the user may not read answer 403', () => {
  test.each([
    `/relations/${MEMBERSHIP_UID}/user`,
    `/relations/${MEMBERSHIP_UID}/unit`,
    `/relations/${MEMBERSHIP_UID}/abcdefghijklmnopqrstuvwx/user`,
    `/relations/${UIDS.article}/createdBy`,
    '/relations/admin::user/roles',
  ])('%s', async (path) => {
    const res = await send(base, `/content-manager${path}`, { headers: bearer(editor.token) });
    expectError(res, 403);
  });

  test('a field the editor may read still answers', async () => {
    const res = await send(base, `/content-manager/relations/${UIDS.article}/unit`, {
      headers: bearer(editor.token),
    });
    expect(res.status).toBe(200);
  });
});

describe('11. text bodies that are not valid UTF-8 answer 400, nothing is stored', () => {
  const broken = (prefix: string, suffix: string) =>
    Buffer.concat([Buffer.from(prefix), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(suffix)]);

  test('REST create', async () => {
    const before = await countArticles();
    const res = await send(
      base,
      '/api/articles',
      json(full, broken('{"data":{"title":"ab', '"}}'))
    );
    expectError(res, 400);
    expect(await countArticles()).toBe(before);
  });

  test('REST create, gzip-compressed', async () => {
    const res = await send(base, '/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', ...bearer(full) },
      body: gzipSync(broken('{"data":{"title":"ab', '"}}')),
    });
    expectError(res, 400);
  });

  test('GraphQL', async () => {
    const res = await send(
      base,
      '/graphql',
      json(null, broken('{"query":"{ articles { title } }","operationName":"', '"}'))
    );
    expectError(res, 400);
  });

  test('the admin', async () => {
    const res = await send(
      base,
      `${CM}/${UIDS.article}`,
      json(editor.token, broken('{"title":"', '"}'))
    );
    expectError(res, 400);
  });

  test('a form body', async () => {
    const res = await send(base, '/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...bearer(full) },
      body: broken('data[title]=', ''),
    });
    expectError(res, 400);
  });

  test('Vietnamese text, plain and compressed, is stored as sent', async () => {
    const title = 'Cải cách hành chính: Đắk Lắk, Hương Sơn';
    const plain = await send(base, '/api/articles', json(full, { data: { title } }));
    expect(plain.status).toBe(201);
    expect(plain.json.data.title).toBe(title);
    const zipped = await send(base, '/api/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', ...bearer(full) },
      body: gzipSync(JSON.stringify({ data: { title: `${title} (nén)` } })),
    });
    expect(zipped.status).toBe(201);
    expect(zipped.json.data.title).toBe(`${title} (nén)`);
  });
});

describe('12. requests Node refuses get a JSON error too', () => {
  test('a 60 kB URL answers 431 with a JSON error', async () => {
    const res = await send(base, `/api/articles?q=${'x'.repeat(60 * 1024)}`);
    expectError(res, 431);
  });

  test('a malformed request line answers 400 with a JSON error', async () => {
    const reply = await sendRaw(
      base,
      'GET /api/articles HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'
    );
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply).toMatch(/Content-Type: application\/json/i);
    const body = JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ data: null, error: { status: 400 } });
    expect(body.error.message).toBeTruthy();
  });
});

describe('13. the save-time SSRF check of signed webhooks holds on every write', () => {
  const admin = (path: string, body: object, method = 'POST') =>
    send(base, path, { ...json(superAdmin.token, body), method });
  let source: { documentId: string; id: number };

  beforeAll(async () => {
    const res = await admin(`${CM}/${SUBSCRIPTION}`, {
      name: 'Máy nhận công khai',
      url: 'http://93.184.216.34/hook',
      events: ['entry.publish'],
    });
    expect(res.status).toBe(201);
    source = res.json.data;
  });
  const count = () => app.strapi.db.query(SUBSCRIPTION).count();

  test.each(['http://127.0.0.1/', 'http://169.254.169.254/latest/meta-data', 'http://[::1]:1337/'])(
    'clone with url %s is refused',
    async (url) => {
      const before = await count();
      const res = await admin(`${CM}/${SUBSCRIPTION}/clone/${source.documentId}`, { url });
      expectError(res, 400);
      expect(await count()).toBe(before);
    }
  );

  test('update to a loopback url is refused', async () => {
    const res = await admin(
      `${CM}/${SUBSCRIPTION}/${source.documentId}`,
      { url: 'http://127.0.0.1/' },
      'PUT'
    );
    expectError(res, 400);
  });

  test('a clone of a stored internal target is refused', async () => {
    // stored behind the rules' back (an older version, a direct import)
    const stored = await app.strapi.db.query(SUBSCRIPTION).create({
      data: {
        documentId: 'internaltargetxxxxxxxxxxx',
        name: 'Cũ',
        url: 'http://10.0.0.5/hook',
        secret: 'a'.repeat(32),
        events: ['entry.publish'],
        active: true,
        publishedAt: new Date(),
      },
    });
    const before = await count();
    const res = await admin(`${CM}/${SUBSCRIPTION}/clone/${stored.documentId}`, {
      name: 'Bản sao',
    });
    expectError(res, 400);
    expect(await count()).toBe(before);
  });

  test('a clone to a public target is stored', async () => {
    const res = await admin(`${CM}/${SUBSCRIPTION}/clone/${source.documentId}`, {
      name: 'Bản sao công khai',
      url: 'http://93.184.216.35/hook',
    });
    expect(res.status).toBe(200);
  });
});
