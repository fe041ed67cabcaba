import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken } from './helpers/http';
import { listen, send } from './helpers/real-client';
import { approve, connect, makeArticle, type Doc } from './helpers/fixtures';
import { makeDistrictTree } from './helpers/units';
import { startSecondNode, type SecondNode } from './helpers/second-node-client';

// Both nodes share this machine's Redis, as the nodes of a province's cluster do.
process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Two app processes on one database and one Redis: answers one node stored are hits on the other,
 * and a change made on one node shows on the other within a second.
 */
let app: TestApp;
let second: SecondNode;
let baseA: string;
let baseB: string;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let published: Doc;
const strapi = () => app.strapi;

const LIST = '/api/articles?sort=publishedAt:desc&populate[unit][fields][0]=name';
const titles = (res: { json: { data: Array<{ title: string }> } }) =>
  res.json.data.map((item) => item.title);

/** Asks `url` on `base` until `seen` holds or a second has passed; how long it took. */
const visibleWithin = async (base: string, url: string, seen: (titles: string[]) => boolean) => {
  const start = Date.now();
  for (;;) {
    const res = await send(base, url);
    expect(res.status).toBe(200);
    if (seen(titles(res))) {
      return Date.now() - start;
    }
    if (Date.now() - start > 1000) {
      throw new Error(`not visible on the other node after a second: ${titles(res).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

beforeAll(async () => {
  app = await startApp();
  baseA = await listen(strapi());
  second = await startSecondNode();
  baseB = await second.listen();
  tree = await makeDistrictTree(strapi());
  published = await makeArticle(strapi(), { title: 'Tin hai máy', unit: connect(tree.A) }, true);
}, 240000);

afterAll(async () => {
  await second?.stop();
  await stopApp(app);
}, 60000);

test('an answer stored by one node is a hit on the other, with the same body and ETag', async () => {
  const url = `${LIST}&pagination[pageSize]=11`;
  const onA = await send(baseA, url);
  expect(onA.headers.get('x-cache')).toBe('miss');
  const onB = await send(baseB, url);
  expect(onB.status).toBe(200);
  expect(onB.headers.get('x-cache')).toBe('hit');
  expect(onB.text).toBe(onA.text);
  expect(onB.headers.get('etag')).toBe(onA.headers.get('etag'));
  const revalidated = await send(baseB, url, {
    headers: { 'If-None-Match': onA.headers.get('etag')! },
  });
  expect(revalidated.status).toBe(304);
});

test('a publish, an unpublish and a unit rename on one node show on the other within a second', async () => {
  const url = `${LIST}&pagination[pageSize]=12`;
  expect(titles(await send(baseB, url))).toContain('Tin hai máy');
  expect((await send(baseB, url)).headers.get('x-cache')).toBe('hit');

  const fresh = await makeArticle(
    strapi(),
    { title: 'Tin mới từ máy A', unit: connect(tree.B) },
    true
  );
  await visibleWithin(baseB, url, (seen) => seen.includes('Tin mới từ máy A'));

  await strapi()
    .documents(UIDS.article)
    .update({
      documentId: published.documentId,
      data: { title: 'Tin hai máy đã sửa' },
    } as never);
  await approve(strapi(), UIDS.article, published.documentId);
  await (
    strapi().documents(UIDS.article) as unknown as { publish(p: object): Promise<unknown> }
  ).publish({
    documentId: published.documentId,
  });
  await visibleWithin(baseB, url, (seen) => seen.includes('Tin hai máy đã sửa'));

  await (
    strapi().documents(UIDS.article) as unknown as { unpublish(p: object): Promise<unknown> }
  ).unpublish({
    documentId: fresh.documentId,
  });
  await visibleWithin(baseB, url, (seen) => !seen.includes('Tin mới từ máy A'));

  await strapi()
    .documents(UIDS.unit)
    .update({
      documentId: tree.A.documentId,
      data: { name: 'Xã A tên mới' },
    } as never);
  const start = Date.now();
  for (;;) {
    const res = await send(baseB, url);
    const names = (res.json.data as Array<{ unit?: { name: string } }>).map((d) => d.unit?.name);
    if (names.includes('Xã A tên mới')) {
      break;
    }
    expect(Date.now() - start).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
});

test('a draft read on one node is never served to Public on the other', async () => {
  const draft = await makeArticle(strapi(), { title: 'Nháp không được lộ', unit: connect(tree.A) });
  const fullAccess = await createApiToken(strapi(), 'full-access');
  const url = `/api/articles?status=draft&sort=publishedAt:desc&pagination[pageSize]=50`;
  const asAdmin = await send(baseA, url, { headers: { Authorization: `Bearer ${fullAccess}` } });
  expect(asAdmin.status).toBe(200);
  expect(titles(asAdmin)).toContain('Nháp không được lộ');
  const asPublic = await send(baseB, url);
  expect(asPublic.text).not.toContain('Nháp không được lộ');
  expect(asPublic.headers.get('x-cache')).not.toBe('hit');
  const filtered = await send(baseB, `/api/articles?filters[documentId][$eq]=${draft.documentId}`);
  expect(filtered.json.data).toEqual([]);
});
