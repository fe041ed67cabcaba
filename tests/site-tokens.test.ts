import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { graphql, http, superAdminToken } from './helpers/http';
import { connect, makeArticle, makeBroadcastScript, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';
import { rememberSecret } from './helpers/response-scan';

const SITE_TOKEN_UID = 'plugin::cchc.site-token';
const AUDIT_UID = 'plugin::cchc.audit-entry';
const CM = `/content-manager/collection-types/${SITE_TOKEN_UID}`;

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let reviewerA: { id: number; token: string };
let editorA: { id: number; token: string };
let superAdmin: string;
/** a token of commune A's site without draft preview, and one with */
let readKey: string;
let previewKey: string;
let previewTokenId: string;
const docs: Record<string, Doc> = {};

const as = (token: string) => ({
  get: (url: string) => http(app.strapi).get(url).set('Authorization', `Bearer ${token}`),
  post: (url: string, body: object = {}) =>
    http(app.strapi).post(url).set('Authorization', `Bearer ${token}`).send(body),
  put: (url: string, body: object) =>
    http(app.strapi).put(url).set('Authorization', `Bearer ${token}`).send(body),
  delete: (url: string) => http(app.strapi).delete(url).set('Authorization', `Bearer ${token}`),
});

/** Creates a site token in the content manager as `admin` and issues its key. */
const makeSiteToken = async (admin: string, data: Record<string, unknown>) => {
  const created = await as(admin).post(CM, { name: 'Trang thông tin xã', ...data });
  expect(created.status).toBe(201);
  const documentId = created.body.data.documentId as string;
  const issued = await as(admin).post(`/cchc/site-tokens/${documentId}/key`);
  expect(issued.status).toBe(200);
  const key = issued.body.data.key as string;
  rememberSecret(key);
  return { documentId, key, keyPrefix: issued.body.data.keyPrefix as string };
};

const titles = (items: Array<{ title: string }>) => items.map((i) => i.title).sort();
const slugOf = async (unit: Doc) =>
  (await app.strapi.documents(UIDS.unit).findOne({ documentId: unit.documentId }))!.slug as string;

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  superAdmin = await superAdminToken(app.strapi);
  reviewerA = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.A }]);
  editorA = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  const publish = (title: string, data: Record<string, unknown>) =>
    makeArticle(app.strapi, { title, ...data }, true);
  docs.aPublished = await publish('A công khai', { unit: connect(tree.A) });
  docs.dShared = await publish('Huyện chia sẻ', {
    unit: connect(tree.D),
    sharedWithSubunits: true,
  });
  docs.dOwn = await publish('Huyện riêng', { unit: connect(tree.D) });
  docs.bPublished = await publish('B công khai', { unit: connect(tree.B) });
  docs.aDraft = await makeArticle(app.strapi, { title: 'A nháp', unit: connect(tree.A) });
  docs.bDraft = await makeArticle(app.strapi, { title: 'B nháp', unit: connect(tree.B) });
  docs.dSharedDraft = await makeArticle(app.strapi, {
    title: 'Huyện nháp chia sẻ',
    unit: connect(tree.D),
    sharedWithSubunits: true,
  });
  // a published article of B with an edit not yet approved: its draft row must stay B's
  await app.strapi.documents(UIDS.article).update({
    documentId: docs.bPublished.documentId,
    data: { title: 'B sửa chưa duyệt' },
  } as never);
  docs.bScript = await makeBroadcastScript(app.strapi, {
    title: 'Kịch bản nháp B',
    unit: connect(tree.B),
  });
  readKey = (await makeSiteToken(reviewerA.token, { unit: connect(tree.A) })).key;
  const preview = await makeSiteToken(reviewerA.token, {
    name: 'Xem trước xã A',
    unit: connect(tree.A),
    canPreviewDrafts: true,
  });
  previewKey = preview.key;
  previewTokenId = preview.documentId;
}, 300000);
afterAll(() => stopApp(app));

const SITE_A_PUBLISHED = ['A công khai', 'Huyện chia sẻ'];
const FOREIGN = ['B nháp', 'B sửa chưa duyệt', 'B công khai', 'Huyện nháp chia sẻ', 'Huyện riêng'];

describe('a site token reads its site', () => {
  test('lists: the site’s published items (own and shared from above), never a draft', async () => {
    const res = await as(readKey).get('/api/articles?pagination[pageSize]=100');
    expect(res.status).toBe(200);
    expect(titles(res.body.data)).toEqual(SITE_A_PUBLISHED);
    expect(res.body.meta.pagination.total).toBe(SITE_A_PUBLISHED.length);
  });

  test('reference data (units, columns, topics, campaigns) reads as for the Public', async () => {
    for (const path of ['/api/units', '/api/columns', '/api/topics', '/api/campaigns']) {
      expect((await as(readKey).get(path)).status).toBe(200);
    }
    const units = await as(readKey).get(`/api/units/${tree.B.documentId}`);
    expect(units.status).toBe(200);
  });

  test('site= of its own unit works; another unit’s site is refused with 403', async () => {
    const own = await as(readKey).get(`/api/articles?site=${await slugOf(tree.A)}`);
    expect(own.status).toBe(200);
    expect(titles(own.body.data)).toEqual(SITE_A_PUBLISHED);
    const other = await as(readKey).get(`/api/articles?site=${await slugOf(tree.B)}`);
    expect(other.status).toBe(403);
    expect(other.body.error.message).toContain('chỉ đọc trang của đơn vị mình');
  });

  test('without draft preview, status=draft is refused (REST and GraphQL)', async () => {
    expect((await as(readKey).get('/api/articles?status=draft')).status).toBe(403);
    const gql = await graphql(app.strapi, '{ articles(status: DRAFT) { title } }', {}, readKey);
    expect(gql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('with draft preview: its own unit’s drafts, never another unit’s or a shared draft from above', async () => {
    const res = await as(previewKey).get('/api/articles?status=draft&pagination[pageSize]=100');
    expect(res.status).toBe(200);
    // the draft rows of its own documents, published ones included
    expect(titles(res.body.data)).toEqual(['A công khai', 'A nháp']);
    expect(res.body.meta.pagination.total).toBe(2);
    const published = await as(previewKey).get('/api/articles?pagination[pageSize]=100');
    expect(titles(published.body.data)).toEqual(SITE_A_PUBLISHED);
  });

  test.each([
    ['a filter on the foreign unit', () => `filters[unit][documentId][$eq]=${tree.B.documentId}`],
    ['a filter on the foreign title', () => 'filters[title][$eq]=B nháp'],
    [
      'an $or that names the foreign unit',
      () =>
        `filters[$or][0][unit][documentId][$eq]=${tree.B.documentId}&filters[$or][1][title][$null]=false`,
    ],
    ['a shared flag', () => 'filters[sharedWithSubunits][$eq]=true'],
  ])('REST filters cannot reach another unit’s drafts: %s', async (_name, query) => {
    const res = await as(previewKey).get(`/api/articles?status=draft&${query()}`);
    expect(res.status).toBe(200);
    for (const title of FOREIGN) {
      expect(JSON.stringify(res.body)).not.toContain(title);
    }
  });

  test('findOne by documentId: another unit’s draft or item is not found', async () => {
    for (const doc of [docs.bDraft, docs.bPublished, docs.dSharedDraft, docs.dOwn]) {
      for (const status of ['draft', 'published']) {
        const res = await as(previewKey).get(`/api/articles/${doc.documentId}?status=${status}`);
        expect(res.status).toBe(404);
      }
    }
    const own = await as(previewKey).get(`/api/articles/${docs.aDraft.documentId}?status=draft`);
    expect(own.status).toBe(200);
    expect(own.body.data.title).toBe('A nháp');
  });

  test('populate: relations come along, and no foreign draft with them', async () => {
    const res = await as(previewKey).get(
      '/api/articles?status=draft&populate[unit][populate][parent][populate]=children&populate[topics]=true'
    );
    expect(res.status).toBe(200);
    expect(titles(res.body.data)).toEqual(['A công khai', 'A nháp']);
    expect(res.body.data[0].unit.parent.children.length).toBeGreaterThan(0);
    for (const title of FOREIGN) {
      expect(JSON.stringify(res.body)).not.toContain(title);
    }
  });

  test('the row rule holds at every populated level (a rundown item → another unit’s draft script)', async () => {
    // straight into the query engine: what the row rule guards is the engine, not a route
    await app.strapi.db.query(UIDS.rundownItem).create({
      data: {
        script: docs.bScript.id,
        airDate: '2026-12-01',
        windowStart: '06:00:00',
        position: 1,
        airStatus: 'planned',
      },
    });
    const credentials = {
      type: 'site',
      id: 0,
      name: 'x',
      unit: { id: tree.A.id, slug: await slugOf(tree.A) },
      canPreviewDrafts: true,
      own: [tree.A.id, tree.V.id],
      above: [tree.D.id, tree.P.id],
      actions: [],
    };
    const ctx = { state: { auth: { strategy: { name: 'cchc-site-token' }, credentials } } };
    const load = () =>
      app.strapi.db
        .query(UIDS.rundownItem)
        .findMany({ populate: { script: { select: ['title', 'publishedAt'] } } });
    const unguarded = (await load()) as Array<{ script: { title: string } | null }>;
    expect(unguarded.map((i) => i.script?.title)).toContain('Kịch bản nháp B');
    let guarded: typeof unguarded = [];
    await app.strapi.requestContext.run(ctx as never, async () => {
      guarded = (await load()) as typeof unguarded;
    });
    expect(guarded.length).toBe(unguarded.length);
    expect(guarded.map((i) => i.script?.title)).not.toContain('Kịch bản nháp B');
  });

  test('GraphQL: own drafts only, siteArticles of another site refused, the connection’s total too', async () => {
    const drafts = await graphql<{
      articles: Array<{ title: string }>;
      articles_connection: { pageInfo: { total: number } };
    }>(
      app.strapi,
      `
        {
          articles(status: DRAFT, pagination: { pageSize: 100 }) {
            title
            unit {
              name
            }
          }
          articles_connection(status: DRAFT, filters: { title: { eq: "B nháp" } }) {
            pageInfo {
              total
            }
          }
        }
      `,
      {},
      previewKey
    );
    expect(drafts.errors).toBeUndefined();
    expect(titles(drafts.data!.articles)).toEqual(['A công khai', 'A nháp']);
    expect(drafts.data!.articles_connection.pageInfo.total).toBe(0);
    const other = await graphql(
      app.strapi,
      'query ($site: String!) { siteArticles(site: $site, status: DRAFT) { title } }',
      { site: await slugOf(tree.B) },
      previewKey
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(other)).not.toContain('B nháp');
    const own = await graphql<{ siteArticles: Array<{ title: string }> }>(
      app.strapi,
      'query ($site: String!) { siteArticles(site: $site, status: DRAFT) { title } }',
      { site: await slugOf(tree.A) },
      previewKey
    );
    expect(titles(own.data!.siteArticles)).toEqual(['A công khai', 'A nháp']);
    const one = await graphql<{ article: { title: string } | null }>(
      app.strapi,
      'query ($id: ID!) { article(documentId: $id, status: DRAFT) { title } }',
      { id: docs.bDraft.documentId },
      previewKey
    );
    expect(one.data?.article ?? null).toBeNull();
    expect(JSON.stringify(one)).not.toContain('B nháp');
  });

  test('feeds and the calendar with a site token carry no draft', async () => {
    for (const path of [
      '/api/feeds/rss.xml',
      '/api/feeds/feed.json',
      '/api/trainings/calendar.ics',
    ]) {
      const res = await as(previewKey).get(path);
      expect(res.status).toBe(200);
      for (const title of ['A nháp', 'B nháp', 'Huyện nháp chia sẻ', 'B sửa chưa duyệt']) {
        expect(res.text).not.toContain(title);
      }
    }
  });
});

describe('a site token writes nothing and reads nothing private', () => {
  test.each([
    ['POST', '/api/articles', { data: { title: 'Tin từ mã trang' } }],
    [
      'PUT',
      () => `/api/articles/${docs.aDraft.documentId}`,
      { data: { title: 'Sửa từ mã trang' } },
    ],
    ['DELETE', () => `/api/articles/${docs.aDraft.documentId}`, undefined],
    ['POST', '/api/units', { data: { name: 'Đơn vị lạ' } }],
    ['POST', '/api/unit-reports', { data: { periodLabel: 'Quý I' } }],
    ['GET', '/api/unit-reports', undefined],
    ['GET', '/api/social-queue', undefined],
    ['POST', '/api/social-queue/claim', {}],
    ['GET', '/api/reports/summary', undefined],
    ['GET', '/api/users', undefined],
    ['GET', '/api/users/me', undefined],
    ['GET', '/api/upload/files', undefined],
    ['GET', '/api/social-channels', undefined],
    ['GET', '/api/stations', undefined],
  ] as Array<[string, string | (() => string), object | undefined]>)(
    '%s %s → 403',
    async (method, path, body) => {
      const url = typeof path === 'function' ? path() : path;
      const client = as(previewKey);
      const res =
        method === 'GET'
          ? await client.get(url)
          : method === 'PUT'
            ? await client.put(url, body ?? {})
            : method === 'DELETE'
              ? await client.delete(url)
              : await client.post(url, body ?? {});
      expect(res.status).toBe(403);
    }
  );

  test('the draft is still there after the refused writes', async () => {
    const stored = await app.strapi
      .documents(UIDS.article)
      .findOne({ documentId: docs.aDraft.documentId });
    expect(stored?.title).toBe('A nháp');
  });

  test.each([
    ['createArticle', 'mutation { createArticle(data: { title: "x" }) { documentId } }'],
    [
      'deleteArticle',
      () => `mutation { deleteArticle(documentId: "${docs.aDraft.documentId}") { documentId } }`,
    ],
    ['unitReports', '{ unitReports { periodLabel } }'],
    ['usersPermissionsUsers', '{ usersPermissionsUsers { email } }'],
    ['me', '{ me { email } }'],
  ] as Array<[string, string | (() => string)]>)(
    'GraphQL %s is forbidden',
    async (_name, query) => {
      const res = await graphql(
        app.strapi,
        typeof query === 'function' ? query() : query,
        {},
        previewKey
      );
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(res.data ? Object.values(res.data).filter(Boolean) : []).toEqual([]);
    }
  );
});

describe('who manages site tokens', () => {
  test('a reviewer of commune A creates a token for A; not for B (400), nothing stored', async () => {
    const before = await app.strapi.db.query(SITE_TOKEN_UID).count();
    const res = await as(reviewerA.token).post(CM, { name: 'Trang xã B', unit: connect(tree.B) });
    expect(res.status).toBe(400);
    expect(await app.strapi.db.query(SITE_TOKEN_UID).count()).toBe(before);
  });

  test('a reviewer cannot issue the key of another unit’s token, nor move a token to it', async () => {
    const foreign = await makeSiteToken(superAdmin, { unit: connect(tree.B) });
    rememberSecret(foreign.key);
    const issued = await as(reviewerA.token).post(`/cchc/site-tokens/${foreign.documentId}/key`);
    expect(issued.status).toBe(404);
    expect((await as(foreign.key).get('/api/articles')).status).toBe(200);
    const moved = await as(reviewerA.token).put(`${CM}/${previewTokenId}`, {
      unit: connect(tree.B),
    });
    expect(moved.status).toBe(400);
    const list = await as(reviewerA.token).get(CM);
    expect(list.status).toBe(200);
    expect(list.body.results.map((t: { documentId: string }) => t.documentId)).not.toContain(
      foreign.documentId
    );
  });

  test('a unit editor has no access to site tokens', async () => {
    expect((await as(editorA.token).post(CM, { name: 'x', unit: connect(tree.A) })).status).toBe(
      403
    );
    expect((await as(editorA.token).get(CM)).status).toBe(403);
    const issued = await as(editorA.token).post(`/cchc/site-tokens/${previewTokenId}/key`);
    expect([403, 404]).toContain(issued.status);
  });

  test('the key is shown once: never by the content manager, the list or the audit trail', async () => {
    const made = await makeSiteToken(reviewerA.token, { name: 'Một lần', unit: connect(tree.A) });
    expect(made.key).toMatch(/^cchc_st_[A-Za-z0-9_-]{43}$/);
    expect(made.key.startsWith(made.keyPrefix)).toBe(true);
    const one = await as(reviewerA.token).get(`${CM}/${made.documentId}`);
    expect(one.status).toBe(200);
    expect(one.body.data.keyPrefix).toBe(made.keyPrefix);
    expect(one.body.data).not.toHaveProperty('keyHash');
    const list = await as(superAdmin).get(CM);
    expect(JSON.stringify(list.body)).not.toContain('keyHash');
    const audit = await as(superAdmin).get(
      `/content-manager/collection-types/${AUDIT_UID}?pageSize=100`
    );
    expect(JSON.stringify(audit.body)).not.toContain(made.key.slice(made.keyPrefix.length));
    // response-scan fails the suite if any later response carries the key
  });

  test('a new key revokes the previous one; a key cannot be set or copied by a write', async () => {
    const made = await makeSiteToken(reviewerA.token, { name: 'Đổi mã', unit: connect(tree.A) });
    expect((await as(made.key).get('/api/articles')).status).toBe(200);
    const again = await as(reviewerA.token).post(`/cchc/site-tokens/${made.documentId}/key`);
    rememberSecret(again.body.data.key);
    expect(again.body.data.key).not.toBe(made.key);
    expect((await as(made.key).get('/api/articles')).status).toBe(401);
    expect((await as(again.body.data.key).get('/api/articles')).status).toBe(200);
    const clone = await as(reviewerA.token).post(`${CM}/clone/${made.documentId}`, {
      name: 'Bản sao',
      keyHash: 'x',
    });
    expect(clone.status).toBe(200);
    const copied = await app.strapi.db
      .query(SITE_TOKEN_UID)
      .findOne({ where: { documentId: clone.body.data.documentId } });
    expect(copied.keyHash).toBeNull();
    expect(copied.keyPrefix).toBeNull();
  });

  test('creation, key issuance, update and deletion are in the audit trail', async () => {
    const made = await makeSiteToken(reviewerA.token, {
      name: 'Ghi nhật ký',
      unit: connect(tree.A),
    });
    const updated = await as(reviewerA.token).put(`${CM}/${made.documentId}`, {
      canPreviewDrafts: true,
    });
    expect(updated.status).toBe(200);
    const deleted = await as(reviewerA.token).delete(`${CM}/${made.documentId}`);
    expect(deleted.status).toBe(200);
    const entries = (await app.strapi.db.query(AUDIT_UID).findMany({
      where: { contentType: SITE_TOKEN_UID, targetDocumentId: made.documentId },
      orderBy: { id: 'asc' },
    })) as Array<{
      action: string;
      actorId: string;
      changedFields: string[] | null;
      changes: unknown;
    }>;
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update', 'delete']);
    expect(entries.every((e) => e.actorId === String(reviewerA.id))).toBe(true);
    expect(entries[1].changedFields).toEqual(['keyPrefix']);
    expect(JSON.stringify(entries)).not.toMatch(/[0-9a-f]{64}/);
    expect((await as(made.key).get('/api/articles')).status).toBe(401);
  });
});

describe('types without drafts', () => {
  test('a reviewer deletes a station of their unit: nothing of it was ever "published"', async () => {
    const station = (await app.strapi.documents(UIDS.station).create({
      data: {
        name: 'Đài xã A',
        kind: 'commune_wired',
        syllablesPerMinute: 200,
        unit: connect(tree.A),
      },
    } as never)) as Doc;
    const res = await as(reviewerA.token).delete(
      `/content-manager/collection-types/${UIDS.station}/${station.documentId}`
    );
    expect(res.status).toBe(200);
    expect(
      await app.strapi.db.query(UIDS.station).count({ where: { documentId: station.documentId } })
    ).toBe(0);
  });
});

describe('keys that do not open', () => {
  test.each([
    ['an unknown key', 'cchc_st_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a truncated key', () => readKey.slice(0, -2)],
    ['the shown prefix alone', () => readKey.slice(0, 14)],
  ] as Array<[string, string | (() => string)]>)('%s → 401', async (_name, key) => {
    const res = await as(typeof key === 'function' ? key() : key).get('/api/articles');
    expect(res.status).toBe(401);
  });

  test('an expired token → 401, REST and GraphQL', async () => {
    const made = await makeSiteToken(reviewerA.token, {
      name: 'Hết hạn',
      unit: connect(tree.A),
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect((await as(made.key).get('/api/articles')).status).toBe(401);
    const gql = await graphql(app.strapi, '{ articles { title } }', {}, made.key);
    expect(gql.status).toBe(401);
  });

  test('using a token records when it was last used', async () => {
    const row = await app.strapi.db
      .query(SITE_TOKEN_UID)
      .findOne({ where: { documentId: previewTokenId } });
    expect(row.lastUsedAt).not.toBeNull();
  });
});
