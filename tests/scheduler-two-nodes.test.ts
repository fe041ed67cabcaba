import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { approve, connect, makeArticle, makeUnit } from './helpers/fixtures';
import { startSecondNode, type SecondNode } from './helpers/second-node-client';

// Both nodes run the scheduler on Strapi's cron, every second, as in production.
process.env.SCHEDULER_ENABLED = 'true';
process.env.SCHEDULER_PERIOD_SECONDS = '1';

const ARTICLE = UIDS.article;
const JOB = 'plugin::cchc.scheduled-job';
const ITEMS = 30;

let app: TestApp;
let second: SecondNode;

beforeAll(async () => {
  app = await startApp();
  second = await startSecondNode();
}, 180000);

afterAll(async () => {
  await second?.stop();
  await stopApp(app);
}, 60000);

test('two app processes on one database publish each due item exactly once', async () => {
  const scheduler = app.strapi.plugin('cchc').service('scheduler') as {
    nodeId: string;
    tick(at?: Date): Promise<{ outcomes: Record<string, number> }>;
  };
  expect(second.nodeId).not.toBe(scheduler.nodeId);
  const unit = await makeUnit(app.strapi, { name: 'Xã hẹn giờ' });
  const ids: string[] = [];
  for (let i = 0; i < ITEMS; i += 1) {
    const doc = await makeArticle(app.strapi, { title: `Tin hẹn giờ ${i}`, unit: connect(unit) });
    await approve(app.strapi, ARTICLE, doc.documentId);
    await app.strapi.documents(ARTICLE).update({
      documentId: doc.documentId,
      data: { publishAt: new Date(Date.now() + 3_600_000).toISOString() },
    } as never);
    ids.push(doc.documentId);
  }
  // all become due at the same instant, however long creating them took
  const due = new Date(Date.now() + 1500);
  await app.strapi.db
    .query(JOB)
    .updateMany({ where: { targetDocumentId: { $in: ids } }, data: { dueAt: due } });

  // besides both crons, both nodes are told to tick at the same instant, twice
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due.getTime() - Date.now())));
  for (let round = 0; round < 2; round += 1) {
    await Promise.all([scheduler.tick(new Date()), second.tick(new Date())]);
  }

  const deadline = Date.now() + 30000;
  const doneCount = () =>
    app.strapi.db.query(JOB).count({ where: { targetDocumentId: { $in: ids }, status: 'done' } });
  while ((await doneCount()) < ITEMS && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const jobs = (await app.strapi.db.query(JOB).findMany({
    where: { targetDocumentId: { $in: ids } },
  })) as Array<{ targetDocumentId: string; status: string; lockedBy: string }>;
  expect(jobs).toHaveLength(ITEMS);
  expect(jobs.every((job) => job.status === 'done')).toBe(true);

  const publishes = (await app.strapi.db.query('plugin::cchc.audit-entry').findMany({
    where: { targetDocumentId: { $in: ids }, action: 'publish' },
  })) as Array<{ targetDocumentId: string }>;
  const perItem = new Map<string, number>();
  for (const entry of publishes) {
    perItem.set(entry.targetDocumentId, (perItem.get(entry.targetDocumentId) ?? 0) + 1);
  }
  expect(ids.map((id) => perItem.get(id) ?? 0)).toEqual(ids.map(() => 1));

  const publishedRows = await app.strapi.db
    .query(ARTICLE)
    .count({ where: { documentId: { $in: ids }, publishedAt: { $notNull: true } } });
  expect(publishedRows).toBe(ITEMS);
  // the work was done by the two nodes and no one else
  const workers = new Set(jobs.map((job) => job.lockedBy));
  expect([...workers].every((w) => w === scheduler.nodeId || w === second.nodeId)).toBe(true);
}, 120000);
