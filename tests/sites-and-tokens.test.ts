import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, graphql, http } from './helpers/http';
import {
  connect,
  makeArticle,
  makeLeaflet,
  makeTraining,
  makeUnitReport,
} from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';
import { rememberSecret } from './helpers/response-scan';

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let readOnly: string;
let fullAccess: string;

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  readOnly = await createApiToken(app.strapi, 'read-only');
  fullAccess = await createApiToken(app.strapi, 'full-access');
  const publish = (title: string, data: Record<string, unknown>) =>
    makeArticle(app.strapi, { title, ...data }, true);
  await publish('Xã A tự viết', { unit: connect(tree.A) });
  await publish('Thôn V của xã A', { unit: connect(tree.V) });
  await publish('Huyện chia sẻ', { unit: connect(tree.D), sharedWithSubunits: true });
  await publish('Huyện không chia sẻ', { unit: connect(tree.D) });
  await publish('Trung tâm VH-TT chia sẻ', { unit: connect(tree.C), sharedWithSubunits: true });
  await publish('Tỉnh chia sẻ', { unit: connect(tree.P), sharedWithSubunits: true });
  await publish('Xã B chia sẻ', { unit: connect(tree.B), sharedWithSubunits: true });
  await publish('Xã B tự viết', { unit: connect(tree.B) });
  await makeArticle(app.strapi, { title: 'Xã A bản nháp', unit: connect(tree.A) });
  await makeLeaflet(app.strapi, { title: 'Tờ rơi xã A', unit: connect(tree.A) }, true);
  await makeLeaflet(app.strapi, { title: 'Tờ rơi xã B', unit: connect(tree.B) }, true);
}, 120000);
afterAll(() => stopApp(app));

const slugOf = async (key: keyof typeof tree) =>
  (await app.strapi.documents(UIDS.unit).findOne({ documentId: tree[key].documentId }))!
    .slug as string;
const titles = (items: Array<{ title: string }>) => items.map((i) => i.title).sort();
const COMMUNE_A_SITE = [
  'Huyện chia sẻ',
  'Thôn V của xã A',
  'Trung tâm VH-TT chia sẻ',
  'Tỉnh chia sẻ',
  'Xã A tự viết',
];

describe('a commune site asks with one parameter', () => {
  test('REST: its own items, what the levels above shared, never another commune’s or a draft', async () => {
    const res = await http(app.strapi).get(
      `/api/articles?site=${await slugOf('A')}&pagination[pageSize]=50`
    );
    expect(res.status).toBe(200);
    expect(titles(res.body.data)).toEqual(COMMUNE_A_SITE);
    expect(res.body.meta.pagination.total).toBe(COMMUNE_A_SITE.length);
  });

  test('REST: site combines with the usual filters, sort and pagination', async () => {
    const res = await http(app.strapi).get(
      `/api/articles?site=${await slugOf('A')}&filters[title][$contains]=chia&sort=title:asc&pagination[pageSize]=2`
    );
    expect(res.body.data.map((a: { title: string }) => a.title)).toEqual([
      'Huyện chia sẻ',
      'Trung tâm VH-TT chia sẻ',
    ]);
    expect(res.body.meta.pagination.total).toBe(3);
  });

  test('GraphQL: siteArticles and siteArticles_connection give the same', async () => {
    const site = await slugOf('A');
    const list = await graphql<{ siteArticles: Array<{ title: string }> }>(
      app.strapi,
      `
        query ($site: String!) {
          siteArticles(site: $site, pagination: { pageSize: 50 }) {
            title
          }
        }
      `,
      { site }
    );
    expect(list.errors).toBeUndefined();
    expect(titles(list.data!.siteArticles)).toEqual(COMMUNE_A_SITE);
    const conn = await graphql<{
      siteArticles_connection: { nodes: Array<{ title: string }>; pageInfo: { total: number } };
    }>(
      app.strapi,
      `
        query ($site: String!) {
          siteArticles_connection(site: $site, sort: ["title:asc"], pagination: { pageSize: 2 }) {
            nodes {
              title
            }
            pageInfo {
              total
            }
          }
        }
      `,
      { site }
    );
    expect(conn.data!.siteArticles_connection.pageInfo.total).toBe(COMMUNE_A_SITE.length);
    expect(conn.data!.siteArticles_connection.nodes).toHaveLength(2);
  });

  test('the district portal sees its own, its centre’s and offices’ items, not the communes’', async () => {
    const res = await http(app.strapi).get(
      `/api/articles?site=${await slugOf('D')}&pagination[pageSize]=50`
    );
    expect(titles(res.body.data)).toEqual([
      'Huyện chia sẻ',
      'Huyện không chia sẻ',
      'Trung tâm VH-TT chia sẻ',
      'Tỉnh chia sẻ',
    ]);
  });

  test('types without sharing show only the site’s own items', async () => {
    const res = await http(app.strapi).get(`/api/leaflets?site=${await slugOf('A')}`);
    expect(titles(res.body.data)).toEqual(['Tờ rơi xã A']);
    const gql = await graphql<{ siteLeaflets: Array<{ title: string }> }>(
      app.strapi,
      `
        query ($site: String!) {
          siteLeaflets(site: $site) {
            title
          }
        }
      `,
      { site: await slugOf('B') }
    );
    expect(titles(gql.data!.siteLeaflets)).toEqual(['Tờ rơi xã B']);
  });

  test.each([
    ['an unknown unit', 'khong-co-don-vi-nay', 'khong-co-don-vi-nay'],
    ['a value that is not a slug', 'Xã%20A', 'slug'],
    ['an operator object', 'x&site[$ne]=y', 'slug'],
  ])('%s is refused with 400', async (_name, value, mentioned) => {
    const res = await http(app.strapi).get(`/api/articles?site=${value}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(mentioned);
  });

  test('GraphQL refuses an unknown site with a validation error', async () => {
    const res = await graphql(
      app.strapi,
      `
        {
          siteArticles(site: "khong-co") {
            title
          }
        }
      `
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a draft cannot be reached through site, even with status=draft', async () => {
    const res = await http(app.strapi).get(`/api/articles?site=${await slugOf('A')}&status=draft`);
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('bản nháp');
  });
});

describe('API tokens for schedulers and the provincial radio system', () => {
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  test('a read-only token made in the admin (Settings → API Tokens) reads but never writes or sees reports', async () => {
    const admin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
    const created = await http(app.strapi)
      .post('/admin/api-tokens')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({
        name: 'Đài phát thanh tỉnh',
        description: 'Hệ thống thông tin nguồn',
        type: 'read-only',
        lifespan: null,
      });
    expect(created.status).toBe(201);
    const secret = created.body.data.accessKey as string;
    rememberSecret(secret);
    const auth = { Authorization: `Bearer ${secret}` };
    expect((await http(app.strapi).get('/api/broadcast-scripts').set(auth)).status).toBe(200);
    expect(
      (
        await http(app.strapi)
          .post('/api/articles')
          .set(auth)
          .send({ data: { title: 'x' } })
      ).status
    ).toBe(403);
    expect((await http(app.strapi).get('/api/unit-reports').set(auth)).status).toBe(403);
    const listed = await http(app.strapi)
      .get('/admin/api-tokens')
      .set('Authorization', `Bearer ${admin.token}`);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
  });

  test('a read-only token reads published content only', async () => {
    const res = await http(app.strapi)
      .get('/api/articles?pagination[pageSize]=50')
      .set(bearer(readOnly));
    expect(res.status).toBe(200);
    expect(titles(res.body.data)).not.toContain('Xã A bản nháp');
    expect(
      (await http(app.strapi).get('/api/articles?status=draft').set(bearer(readOnly))).status
    ).toBe(403);
    const gql = await graphql(
      app.strapi,
      `
        {
          articles(status: DRAFT) {
            title
          }
        }
      `,
      {},
      readOnly
    );
    expect(gql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test.each([
    ['POST', '/api/articles', { data: { title: 'Tin từ mã đọc' } }],
    ['PUT', '/api/units/x', { data: { name: 'Đổi tên' } }],
    ['DELETE', '/api/trainings/x', undefined],
    ['POST', '/api/unit-reports', { data: { periodLabel: 'Quý I/2023' } }],
  ])('a read-only token cannot write: %s %s', async (method, path, body) => {
    const req =
      method === 'POST'
        ? http(app.strapi).post(path)
        : method === 'PUT'
          ? http(app.strapi).put(path)
          : http(app.strapi).delete(path);
    const res = await req.set(bearer(readOnly)).send(body as object);
    expect(res.status).toBe(403);
  });

  test('a read-only token cannot write over GraphQL', async () => {
    const res = await graphql(
      app.strapi,
      `
        mutation {
          createArticle(data: { title: "Tin lạ" }) {
            documentId
          }
        }
      `,
      {},
      readOnly
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('unit reports: not for read-only tokens or the Public role, on REST or GraphQL; a full-access token may', async () => {
    const report = await makeUnitReport(app.strapi, {
      periodLabel: 'Quý IV/2022 nội bộ',
      unit: connect(tree.A),
    });
    for (const headers of [bearer(readOnly), {}]) {
      expect((await http(app.strapi).get('/api/unit-reports').set(headers)).status).toBe(403);
      expect(
        (await http(app.strapi).get(`/api/unit-reports/${report.documentId}`).set(headers)).status
      ).toBe(403);
    }
    const gql = await graphql(
      app.strapi,
      `
        {
          unitReports {
            periodLabel
          }
        }
      `,
      {},
      readOnly
    );
    expect(gql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(gql)).not.toContain('nội bộ');
    const full = await http(app.strapi).get('/api/unit-reports').set(bearer(fullAccess));
    expect(full.status).toBe(200);
    expect(full.body.data.map((r: { periodLabel: string }) => r.periodLabel)).toContain(
      'Quý IV/2022 nội bộ'
    );
  });

  test('a full-access token may preview drafts', async () => {
    const res = await http(app.strapi)
      .get('/api/articles?status=draft&pagination[pageSize]=50')
      .set(bearer(fullAccess));
    expect(res.status).toBe(200);
    expect(titles(res.body.data)).toContain('Xã A bản nháp');
  });
});

describe('Content API matrix: callers × types × actions, REST and GraphQL', () => {
  type Caller = 'public' | 'read-only' | 'full-access';
  const callers: Caller[] = ['public', 'read-only', 'full-access'];
  const types = [
    ['articles', 'article', 'Article', makeArticle],
    ['leaflets', 'leaflet', 'Leaflet', makeLeaflet],
    ['trainings', 'training', 'Training', makeTraining],
  ] as const;
  const actions = ['list', 'read', 'create', 'update', 'delete'] as const;
  const allow = (caller: Caller, action: (typeof actions)[number]) =>
    caller === 'full-access' || action === 'list' || action === 'read';
  const cells = callers.flatMap((caller) =>
    types.flatMap(([plural, single, typeName]) =>
      actions.flatMap((action) =>
        (['rest', 'graphql'] as const).map((api) => ({
          caller,
          plural,
          single,
          typeName,
          action,
          api,
          allowed: allow(caller, action),
        }))
      )
    )
  );
  const tokenOf = (caller: Caller) =>
    caller === 'public' ? undefined : caller === 'read-only' ? readOnly : fullAccess;

  test.each(cells)(
    '$caller × $plural × $action over $api → allowed: $allowed',
    async ({ caller, plural, single, typeName, action, api, allowed }) => {
      const make = types.find(([p]) => p === plural)![3];
      const doc = await make(
        app.strapi,
        { title: `Ô ${caller} ${action}`, unit: connect(tree.A) },
        true
      );
      const token = tokenOf(caller);
      const startsAt = single === 'training' ? '2023-01-01T01:00:00Z' : undefined;
      let ok: boolean;
      if (api === 'rest') {
        const headers = token ? { Authorization: `Bearer ${token}` } : {};
        const path = `/api/${plural}`;
        const res =
          action === 'list'
            ? await http(app.strapi)
                .get(`${path}?filters[documentId][$eq]=${doc.documentId}`)
                .set(headers)
            : action === 'read'
              ? await http(app.strapi).get(`${path}/${doc.documentId}`).set(headers)
              : action === 'create'
                ? await http(app.strapi)
                    .post(path)
                    .set(headers)
                    .send({ data: { title: 'Mới', ...(startsAt && { startsAt }) } })
                : action === 'update'
                  ? await http(app.strapi)
                      .put(`${path}/${doc.documentId}`)
                      .set(headers)
                      .send({ data: { title: 'Sửa' } })
                  : await http(app.strapi).delete(`${path}/${doc.documentId}`).set(headers);
        ok = res.status < 300 && (action !== 'list' || res.body.data.length === 1);
      } else {
        const query =
          action === 'list'
            ? `query($id: ID!) { ${plural}(filters: { documentId: { eq: $id } }) { documentId } }`
            : action === 'read'
              ? `query($id: ID!) { ${single}(documentId: $id) { documentId } }`
              : action === 'create'
                ? `mutation { create${typeName}(data: { title: "Mới"${startsAt ? `, startsAt: "${startsAt}"` : ''} }) { documentId } }`
                : action === 'update'
                  ? `mutation($id: ID!) { update${typeName}(documentId: $id, data: { title: "Sửa" }) { documentId } }`
                  : `mutation($id: ID!) { delete${typeName}(documentId: $id) { documentId } }`;
        const res = await graphql<Record<string, unknown>>(
          app.strapi,
          query,
          action === 'create' ? {} : { id: doc.documentId },
          token
        );
        const value = res.data ? Object.values(res.data)[0] : undefined;
        ok = !res.errors && (action !== 'list' || (value as unknown[]).length === 1);
      }
      expect(ok).toBe(allowed);
    }
  );
});
