import { randomBytes } from 'node:crypto';
import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken } from './helpers/http';
import { listen, send } from './helpers/real-client';
import { rememberSecret } from './helpers/response-scan';
import { approve, connect, makeArticle, type Doc } from './helpers/fixtures';
import { makeDistrictTree } from './helpers/units';

/**
 * The shared response cache, tried as portals and their caches use it: Node's own fetch (which
 * sends `Cache-Control: no-cache` with every conditional request), tokens of every kind, and
 * changes made while answers are cached.
 */
let app: TestApp;
let base: string;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let aPublished: Doc;
let bPublished: Doc;
let aDraft: Doc;
const strapi = () => app.strapi;

const SITE_TOKEN_UID = 'plugin::cchc.site-token';

/** A site token of the unit, with its key stored as the key service stores it. */
const siteKey = async (unit: Doc, canPreviewDrafts = false) => {
  const key = `cchc_st_${randomBytes(24).toString('base64url')}`;
  rememberSecret(key);
  const hash = strapi().plugin('cchc').service('site-tokens').hash(key) as string;
  await strapi()
    .db.query(SITE_TOKEN_UID)
    .create({
      data: {
        name: `Trang ${unit.name as string}`,
        unit: unit.id,
        canPreviewDrafts,
        keyHash: hash,
        keyPrefix: key.slice(0, 14),
      },
    });
  return key;
};

const get = (path: string, headers: Record<string, string> = {}) => send(base, path, { headers });
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const titles = (res: { json: { data: Array<{ title: string }> } }) =>
  res.json.data.map((item) => item.title).sort();

const gql = (query: string, headers: Record<string, string> = {}) =>
  send(base, '/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

const publishEdit = async (documentId: string, data: Record<string, unknown>) => {
  await strapi()
    .documents(UIDS.article)
    .update({ documentId, data } as never);
  await approve(strapi(), UIDS.article, documentId);
  await (
    strapi().documents(UIDS.article) as unknown as { publish(p: object): Promise<unknown> }
  ).publish({
    documentId,
  });
};

beforeAll(async () => {
  app = await startApp();
  base = await listen(strapi());
  tree = await makeDistrictTree(strapi());
  aPublished = await makeArticle(strapi(), { title: 'A công khai', unit: connect(tree.A) }, true);
  bPublished = await makeArticle(strapi(), { title: 'B công khai', unit: connect(tree.B) }, true);
  await makeArticle(
    strapi(),
    { title: 'Huyện chia sẻ', unit: connect(tree.D), sharedWithSubunits: true },
    true
  );
  aDraft = await makeArticle(strapi(), { title: 'A nháp', unit: connect(tree.A) });
}, 120000);
afterAll(() => stopApp(app));

describe('public answers come from the cache until what they show changes', () => {
  const LIST = '/api/articles?sort=publishedAt:desc&populate[unit][fields][0]=name';

  test('a second ask is a hit with the same body, ETag and public Cache-Control', async () => {
    const first = await get(`${LIST}&pagination[pageSize]=7`);
    const second = await get(`${LIST}&pagination[pageSize]=7`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(second.headers.get('vary')).toMatch(/Authorization/);
  });

  test("Node's fetch gets a 304 for its copy, although it sends Cache-Control: no-cache", async () => {
    const first = await get(`${LIST}&pagination[pageSize]=8`);
    const etag = first.headers.get('etag')!;
    const again = await get(`${LIST}&pagination[pageSize]=8`, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const stale = await get(`${LIST}&pagination[pageSize]=8`, { 'If-None-Match': '"autre"' });
    expect(stale.status).toBe(200);
  });

  test('a publish, a published edit and a unit renamed show at once; a draft save keeps the cache', async () => {
    const url = `${LIST}&pagination[pageSize]=9`;
    const before = await get(url);
    expect(titles(before)).toContain('A công khai');

    await strapi()
      .documents(UIDS.article)
      .update({
        documentId: aPublished.documentId,
        data: { title: 'A bản nháp chưa duyệt' },
      } as never);
    const afterDraft = await get(url);
    expect(afterDraft.headers.get('x-cache')).toBe('hit');
    expect(titles(afterDraft)).toContain('A công khai');

    await publishEdit(aPublished.documentId, { title: 'A đã sửa và xuất bản' });
    const afterPublish = await get(url);
    expect(afterPublish.headers.get('x-cache')).toBe('miss');
    expect(titles(afterPublish)).toContain('A đã sửa và xuất bản');
    expect(afterPublish.headers.get('etag')).not.toBe(before.headers.get('etag'));

    await strapi()
      .documents(UIDS.unit)
      .update({
        documentId: tree.A.documentId,
        data: { name: 'Xã A đổi tên' },
      } as never);
    const renamed = await get(url);
    const units = (renamed.json.data as Array<{ unit: { name: string } }>).map((d) => d.unit?.name);
    expect(units).toContain('Xã A đổi tên');

    const fresh = await makeArticle(strapi(), { title: 'Tin mới', unit: connect(tree.B) }, true);
    expect(titles(await get(url))).toContain('Tin mới');
    await (
      strapi().documents(UIDS.article) as unknown as { unpublish(p: object): Promise<unknown> }
    ).unpublish({
      documentId: fresh.documentId,
    });
    expect(titles(await get(url))).not.toContain('Tin mới');
  });

  test('GraphQL queries are cached and follow changes; mutations and errors never are', async () => {
    const query =
      '{ articles(sort: ["publishedAt:desc"], pagination: { pageSize: 50 }) { title } }';
    const first = await gql(query);
    const second = await gql(query);
    expect(first.status).toBe(200);
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.json).toEqual(first.json);
    const revalidated = await gql(query, { 'If-None-Match': second.headers.get('etag')! });
    expect(revalidated.status).toBe(304);

    const made = await makeArticle(
      strapi(),
      { title: 'Tin GraphQL mới', unit: connect(tree.A) },
      true
    );
    const changed = await gql(query);
    expect(changed.headers.get('x-cache')).toBe('miss');
    expect((changed.json.data.articles as Array<{ title: string }>).map((a) => a.title)).toContain(
      'Tin GraphQL mới'
    );
    expect(made.documentId).toBeTruthy();

    const broken = await gql('{ articles { nonexistentField } }');
    expect(broken.status).toBe(400);
    expect((await gql('{ articles { nonexistentField } }')).headers.get('x-cache')).toBeNull();
    const mutation = await gql('mutation { deleteArticle(documentId: "x") { documentId } }');
    expect(mutation.headers.get('x-cache')).toBeNull();
  });

  test("a change to Public's permissions shows at once (no cached 200 after a revoke)", async () => {
    const url = '/api/campaigns?pagination[pageSize]=3';
    expect((await get(url)).status).toBe(200);
    expect((await get(url)).headers.get('x-cache')).toBe('hit');
    const permissions = strapi().db.query('plugin::users-permissions.permission');
    const grant = (await permissions.findOne({
      where: { action: 'api::campaign.campaign.find', role: { type: 'public' } },
    })) as { id: number; action: string } | null;
    expect(grant).not.toBeNull();
    await permissions.delete({ where: { id: grant!.id } });
    try {
      expect((await get(url)).status).toBe(403);
    } finally {
      const role = await strapi()
        .db.query('plugin::users-permissions.role')
        .findOne({ where: { type: 'public' } });
      await permissions.create({ data: { action: grant!.action, role: role.id } });
    }
    expect((await get(url)).status).toBe(200);
  });
});

describe('an answer is served only to callers who would get the same', () => {
  test('site tokens of two units, and Public, each get their own', async () => {
    const keyA = await siteKey(tree.A);
    const keyB = await siteKey(tree.B);
    const url = '/api/articles?pagination[pageSize]=50&sort=publishedAt:desc';
    const publicAnswer = await get(url);
    const a1 = await get(url, bearer(keyA));
    const b1 = await get(url, bearer(keyB));
    const a2 = await get(url, bearer(keyA));
    const b2 = await get(url, bearer(keyB));
    expect(a2.headers.get('x-cache')).toBe('hit');
    expect(b2.headers.get('x-cache')).toBe('hit');
    expect(titles(a2)).toEqual(titles(a1));
    expect(titles(b2)).toEqual(titles(b1));
    expect(titles(a2)).not.toContain('B công khai');
    expect(titles(b2)).toContain('B công khai');
    expect(titles(b2)).not.toContain(titles(a2).find((t) => t.startsWith('A ')));
    expect(titles(publicAnswer)).toEqual(expect.arrayContaining(['B công khai', 'Huyện chia sẻ']));
    // a scoped answer is for the site's server: caches in front must not keep it
    expect(a2.headers.get('cache-control')).toBe('private, no-cache');
  });

  test("a preview token's drafts are never stored; a token without preview never gets them", async () => {
    const preview = await siteKey(tree.A, true);
    const plain = await siteKey(tree.A);
    const url = '/api/articles?status=draft&pagination[pageSize]=50';
    const first = await get(url, bearer(preview));
    expect(first.status).toBe(200);
    expect(titles(first)).toContain('A nháp');
    const second = await get(url, bearer(preview));
    expect(second.headers.get('x-cache')).toBeNull();
    expect((await get(url, bearer(plain))).status).toBe(403);
    expect((await get(url)).status).toBe(403);
    expect(aDraft.documentId).toBeTruthy();
  });

  test('read-only tokens share answers; a revoked one is refused, not served from the cache', async () => {
    const key = await createApiToken(strapi(), 'read-only', `chi-doc-${Date.now()}`);
    const url = '/api/articles?pagination[pageSize]=11';
    expect((await get(url, bearer(key))).status).toBe(200);
    const hit = await get(url, bearer(key));
    expect(hit.headers.get('x-cache')).toBe('hit');
    expect(hit.headers.get('cache-control')).toBe('private, no-cache');

    const tokens = strapi().service('admin::api-token');
    const stored = await strapi()
      .db.query('admin::api-token')
      .findOne({ where: { name: { $startsWith: 'chi-doc-' } } });
    await tokens.revoke(stored.id);
    expect((await get(url, bearer(key))).status).toBe(401);
    expect((await get(url, bearer('not-a-token'))).status).toBe(401);
  });

  test('full-access tokens are never served from the cache nor stored', async () => {
    const key = await createApiToken(strapi(), 'full-access');
    const url = '/api/articles?status=draft&pagination[pageSize]=50';
    const first = await get(url, bearer(key));
    expect(first.status).toBe(200);
    expect(titles(first)).toContain('A nháp');
    expect(first.headers.get('x-cache')).toBeNull();
    expect(
      (await get('/api/articles?pagination[pageSize]=50', bearer(key))).headers.get('x-cache')
    ).toBeNull();
    expect(bPublished.documentId).toBeTruthy();
  });
});

describe('feeds are validated from the content version', () => {
  test('a feed reader written with fetch gets 304 while nothing changed, and the new feed after', async () => {
    const url = `/api/feeds/rss.xml?site=${tree.A.slug as string}`;
    const first = await get(url);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const conditional = await get(url, { 'If-None-Match': etag });
    expect(conditional.status).toBe(304);
    expect((await get(url, { 'If-Modified-Since': lastModified })).status).toBe(304);

    await makeArticle(strapi(), { title: 'Tin cho người đọc tin', unit: connect(tree.A) }, true);
    const changed = await get(url, { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.text).toContain('Tin cho người đọc tin');
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  test('without the shared cache the feed still answers 304 from the version', async () => {
    strapi().config.set('plugin::cchc.reads.responseCache.enabled', false);
    try {
      const url = `/api/feeds/atom.xml?site=${tree.B.slug as string}`;
      const first = await get(url);
      expect(first.headers.get('x-cache')).toBeNull();
      expect((await get(url, { 'If-None-Match': first.headers.get('etag')! })).status).toBe(304);
    } finally {
      strapi().config.set('plugin::cchc.reads.responseCache.enabled', true);
    }
  });
});
