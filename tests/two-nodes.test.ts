import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createTestDatabase } from './helpers/database';
import { superAdminToken } from './helpers/http';
import { send } from './helpers/real-client';
import { approve, connect, makeArticle } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';
import { PNG_A } from './helpers/media';
import { startSecondNode, type SecondNode } from './helpers/second-node-client';
import { startS3Server } from './helpers/s3-server';

/**
 * A province's cluster in small: nodes A and B, two app processes on one PostgreSQL database,
 * this machine's Redis and an S3-compatible bucket on loopback, behind one reverse proxy. The
 * test process is a third node that makes the fixtures and reads the rows.
 */
Object.assign(process.env, {
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  IS_PROXIED: 'true',
  RATE_LIMIT_ENABLED: 'true',
  RATE_LIMIT_ANONYMOUS_POINTS: '6',
  RATE_LIMIT_ANONYMOUS_SECONDS: '60',
  // the load below comes from the proxy's own checks, which are not counted
  RATE_LIMIT_EXEMPT: '198.51.100.0/24',
});

const JOB_TABLES = [
  'plugin::cchc.scheduled-job',
  'plugin::cchc.speech-job',
  'plugin::cchc.report-reminder',
  'plugin::cchc.webhook-delivery',
];

let s3: Awaited<ReturnType<typeof startS3Server>>;
let app: TestApp;
let nodeA: SecondNode;
let nodeB: SecondNode;
let baseA: string;
let baseB: string;
let admin: string;
let editor: string;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;

const newClient = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const viaProxy = (client: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), 'X-Forwarded-For': client },
});
const asAdmin = (token: string, init: RequestInit = {}) =>
  viaProxy('198.51.100.10', {
    ...init,
    headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  });
const CM = `/content-manager/collection-types/${UIDS.article}`;
const LIST = '/api/articles?sort=publishedAt:desc&pagination[pageSize]=13';

beforeAll(async () => {
  s3 = await startS3Server();
  app = await startApp(await createTestDatabase('postgres'));
  nodeA = await startSecondNode();
  baseA = await nodeA.listen();
  nodeB = await startSecondNode();
  baseB = await nodeB.listen();
  tree = await makeDistrictTree(app.strapi, 'hai máy');
  admin = await superAdminToken(app.strapi);
  editor = (await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }])).token;
}, 300_000);

afterAll(async () => {
  await nodeA?.stop();
  await nodeB?.stop();
  await stopApp(app);
  await s3?.stop();
}, 60_000);

test('a file uploaded through A is served by B, from the bucket; deleted through B, A no longer serves it', async () => {
  const form = new FormData();
  form.append('files', new Blob([PNG_A], { type: 'image/png' }), 'anh-hai-may.png');
  form.append('fileInfo', JSON.stringify({ name: 'anh-hai-may.png' }));
  const uploaded = await send(baseA, '/upload', asAdmin(admin, { method: 'POST', body: form }));
  expect(uploaded.status).toBe(201);
  const [{ id, url }] = uploaded.json as Array<{ id: number; url: string }>;
  const fromA = await fetch(`${baseA}${url}`);
  const fromB = await fetch(`${baseB}${url}`);
  expect([fromA.status, fromB.status]).toEqual([200, 200]);
  const bytesA = Buffer.from(await fromA.arrayBuffer());
  expect(Buffer.from(await fromB.arrayBuffer()).equals(bytesA)).toBe(true);
  expect(fromB.headers.get('content-type')).toBe('image/png');

  const removed = await send(baseB, `/upload/files/${id}`, asAdmin(admin, { method: 'DELETE' }));
  expect(removed.status).toBe(200);
  expect((await fetch(`${baseA}${url}`)).status).toBe(404);
});

test('a publish through A shows in B’s cached list within a second', async () => {
  const warm = await send(baseB, LIST);
  expect(warm.status).toBe(200);
  expect((await send(baseB, LIST)).headers.get('x-cache')).toBe('hit');
  const draft = await makeArticle(app.strapi, {
    title: 'Tin đăng qua máy A',
    unit: connect(tree.A),
  });
  await approve(app.strapi, UIDS.article, draft.documentId);
  const published = await send(
    baseA,
    `${CM}/${draft.documentId}/actions/publish`,
    asAdmin(admin, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
  );
  expect(published.status).toBe(200);
  const start = Date.now();
  let titles: string[] = [];
  while (Date.now() - start < 1000 && !titles.includes('Tin đăng qua máy A')) {
    titles = (await send(baseB, LIST)).json.data.map((item: { title: string }) => item.title);
  }
  expect(titles).toContain('Tin đăng qua máy A');
});

test('one client’s budget is counted across both nodes', async () => {
  const client = newClient();
  const statuses: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    statuses.push((await send(i % 2 ? baseB : baseA, '/api/articles', viaProxy(client))).status);
  }
  expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
  // the other node refuses it too
  expect((await send(baseA, '/api/articles', viaProxy(client))).status).toBe(429);
});

test('SIGTERM on A under load: every write A acknowledged is stored, B keeps answering, A holds no job', async () => {
  const acknowledged: Array<{ documentId: string; title: string }> = [];
  let stopping = false;
  const writer = async (n: number) => {
    for (let i = 0; i < 1000; i += 1) {
      const title = `Tin ghi khi máy A dừng ${n}-${i}`;
      try {
        const res = await fetch(
          `${baseA}${CM}`,
          asAdmin(editor, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ title }),
          })
        );
        const body = (await res.json()) as { data?: { documentId: string } };
        if (res.status === 200 || res.status === 201) {
          acknowledged.push({ documentId: body.data!.documentId, title });
        }
      } catch {
        // refused, once A no longer accepts: not acknowledged, a client would retry on B
        return;
      }
    }
  };
  const readsOnB: number[] = [];
  const reader = async () => {
    while (!stopping) {
      readsOnB.push((await send(baseB, LIST, viaProxy('198.51.100.20'))).status);
    }
  };
  // a job A is working on when it is told to stop
  await app.strapi.db.query('plugin::cchc.scheduled-job').create({
    data: {
      kind: 'publish',
      contentType: UIDS.article,
      targetDocumentId: 'dang-xu-ly-tren-may-a',
      dueAt: new Date(),
      status: 'running',
      attempts: 1,
      lockedBy: nodeA.nodeId,
      lockedUntil: new Date(Date.now() + 10 * 60_000),
    },
  });
  const writers = [1, 2, 3, 4].map(writer);
  const readers = [reader(), reader()];
  await sleep(1500);
  const exited = nodeA.signal('SIGTERM');
  stopping = true;
  expect(await exited).toBe(0);
  await Promise.all(writers);
  await Promise.all(readers);

  expect(acknowledged.length).toBeGreaterThan(0);
  await expect(fetch(`${baseA}/_health`)).rejects.toThrow();
  const stored = await app.strapi.db.query(UIDS.article).findMany({
    where: { documentId: { $in: acknowledged.map((a) => a.documentId) } },
    select: ['documentId', 'title'],
  });
  const byId = new Map(
    stored.map((row: { documentId: string; title: string }) => [row.documentId, row.title])
  );
  expect(acknowledged.filter((a) => byId.get(a.documentId) !== a.title)).toEqual([]);
  expect(readsOnB.length).toBeGreaterThan(0);
  expect(readsOnB.filter((status) => status !== 200)).toEqual([]);
  for (const uid of JOB_TABLES) {
    expect([
      uid,
      await app.strapi.db.query(uid).count({ where: { lockedBy: nodeA.nodeId } }),
    ]).toEqual([uid, 0]);
  }
}, 120_000);
