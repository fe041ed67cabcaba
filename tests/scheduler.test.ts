import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import { approve, connect, makeArticle, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

const ARTICLE = UIDS.article;
const JOB = 'plugin::cchc.scheduled-job';
const CM = '/content-manager/collection-types';

interface Job {
  id: number;
  kind: string;
  status: string;
  dueAt: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  lockedBy: string | null;
}
interface Outcome {
  outcomes: Record<string, number>;
  busy: boolean;
  error?: string;
}
interface Scheduler {
  tick(now: Date): Promise<Outcome>;
  nodeId: string;
}

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let editor: { id: number; token: string };
let reviewer: { id: number; token: string };

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  editor = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  reviewer = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.D }]);
}, 120000);
afterAll(() => stopApp(app));

const scheduler = () => app.strapi.plugin('cchc').service('scheduler') as Scheduler;
const tick = (at: string | Date | number) => scheduler().tick(new Date(at));

const jobsOf = async (documentId: string) =>
  (await app.strapi.db.query(JOB).findMany({
    where: { targetDocumentId: documentId },
    orderBy: { id: 'asc' },
  })) as Job[];
const jobOf = async (documentId: string, kind = 'publish') =>
  (await jobsOf(documentId)).filter((j) => j.kind === kind).at(-1)!;

const rows = (documentId: string) =>
  app.strapi.db.query(ARTICLE).findMany({ where: { documentId } }) as Promise<
    Array<{ publishedAt: string | null; publishAt: string | null; unpublishAt: string | null }>
  >;
const isPublished = async (documentId: string) =>
  (await rows(documentId)).some((row) => row.publishedAt !== null);

/** An approved article of commune A that is due at `publishAt` (and `unpublishAt`). */
const scheduled = async (schedule: Record<string, string>, overrides = {}) => {
  const doc = await makeArticle(app.strapi, { unit: connect(tree.A), ...overrides });
  await approve(app.strapi, ARTICLE, doc.documentId);
  await app.strapi
    .documents(ARTICLE)
    .update({ documentId: doc.documentId, data: schedule } as never);
  return doc;
};

const cm = (token: string) => ({
  put: (documentId: string, body: object) =>
    http(app.strapi)
      .put(`${CM}/${ARTICLE}/${documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body),
});

describe('the publishing schedule on a document', () => {
  test('a time without an offset is Vietnamese time, stored in UTC; the job follows every change', async () => {
    const doc = await makeArticle(app.strapi, { unit: connect(tree.A) });
    expect(
      (await cm(editor.token).put(doc.documentId, { publishAt: '2030-03-01T08:00' })).status
    ).toBe(200);
    const [draft] = await rows(doc.documentId);
    expect(new Date(draft.publishAt!).toISOString()).toBe('2030-03-01T01:00:00.000Z');
    let job = await jobOf(doc.documentId);
    expect(job).toMatchObject({ status: 'pending', attempts: 0 });
    expect(new Date(job.dueAt).toISOString()).toBe('2030-03-01T01:00:00.000Z');

    await cm(editor.token).put(doc.documentId, { publishAt: '2030-03-02T08:00:00+07:00' });
    const open = (await jobsOf(doc.documentId)).filter((j) => j.status === 'pending');
    expect(open).toHaveLength(1);
    expect(new Date(open[0].dueAt).toISOString()).toBe('2030-03-02T01:00:00.000Z');

    await cm(editor.token).put(doc.documentId, { publishAt: null });
    job = await jobOf(doc.documentId);
    expect(job.status).toBe('cancelled');

    await cm(editor.token).put(doc.documentId, { publishAt: '2030-03-03T08:00' });
    expect((await jobOf(doc.documentId)).status).toBe('pending');
    await app.strapi.documents(ARTICLE).delete({ documentId: doc.documentId } as never);
    expect((await jobsOf(doc.documentId)).every((j) => j.status === 'cancelled')).toBe(true);
  });

  test('an unpublishing time before the publishing time is refused with a message', async () => {
    const doc = await makeArticle(app.strapi, { unit: connect(tree.A) });
    const res = await cm(editor.token).put(doc.documentId, {
      publishAt: '2030-03-05T08:00',
      unpublishAt: '2030-03-04T08:00',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Hẹn giờ gỡ');
    expect(await jobsOf(doc.documentId)).toEqual([]);
  });
});

describe('the scheduler, on a clock the test controls', () => {
  test('publishes an approved article when due and not a moment before, as the system', async () => {
    const doc = await scheduled({
      publishAt: '2030-04-01T08:00:00+07:00',
      unpublishAt: '2030-04-30T17:00:00+07:00',
    });
    const due = Date.parse('2030-04-01T01:00:00Z');
    await tick(due - 1);
    expect(await isPublished(doc.documentId)).toBe(false);
    const result = await tick(due);
    expect(result.outcomes.done).toBeGreaterThanOrEqual(1);
    expect(await isPublished(doc.documentId)).toBe(true);
    expect(await jobOf(doc.documentId)).toMatchObject({ status: 'done', attempts: 0 });
    // the time is spent: it does not publish again after an unpublish
    expect((await rows(doc.documentId)).every((row) => row.publishAt === null)).toBe(true);
    const audit = await app.strapi.db.query('plugin::cchc.audit-entry').findMany({
      where: { targetDocumentId: doc.documentId, action: 'publish' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorType).toBe('system');

    const end = Date.parse('2030-04-30T10:00:00Z');
    await tick(end - 1000);
    expect(await isPublished(doc.documentId)).toBe(true);
    await tick(end);
    expect(await isPublished(doc.documentId)).toBe(false);
    expect(await jobOf(doc.documentId, 'unpublish')).toMatchObject({ status: 'done' });
  });

  test('a due article that is not approved waits, and is published at the first tick after approval', async () => {
    const doc = await makeArticle(app.strapi, { unit: connect(tree.A) });
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: doc.documentId, data: { publishAt: '2030-05-01T08:00' } } as never);
    const due = Date.parse('2030-05-01T01:00:00Z');
    await tick(due);
    const waiting = await jobOf(doc.documentId);
    expect(waiting.status).toBe('waiting');
    expect(waiting.attempts).toBe(0);
    expect(waiting.lastError).toContain('chưa được duyệt');
    await tick(due + 60_000);
    expect(await isPublished(doc.documentId)).toBe(false);

    await approve(app.strapi, ARTICLE, doc.documentId);
    expect((await jobOf(doc.documentId)).status).toBe('pending');
    await tick(due + 120_000);
    expect(await isPublished(doc.documentId)).toBe(true);
  });

  test('a failing publish is retried with doubling delays, then marked failed with its error', async () => {
    // a draft may lack its title; publishing it fails Strapi's validation
    const doc = await scheduled({ publishAt: '2030-06-01T08:00' }, { title: null });
    let at = Date.parse('2030-06-01T01:00:00Z');
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const result = await tick(at);
      expect(result.error).toBeUndefined();
      const job = await jobOf(doc.documentId);
      expect(job.attempts).toBe(attempt);
      expect(job.lastError).toMatch(/title/i);
      if (attempt === 5) {
        expect(job.status).toBe('failed');
        expect(job.nextAttemptAt).toBeNull();
        break;
      }
      expect(job.status).toBe('pending');
      const next = Date.parse(job.nextAttemptAt!);
      delays.push((next - at) / 1000);
      await tick(next - 1);
      expect((await jobOf(doc.documentId)).attempts).toBe(attempt);
      at = next;
    }
    expect(delays).toEqual([60, 120, 240, 480]);
    await tick(at + 86_400_000);
    expect((await jobOf(doc.documentId)).status).toBe('failed');
    expect(await isPublished(doc.documentId)).toBe(false);

    // fixing the article (which needs a new approval) puts the job back in line
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: doc.documentId, data: { title: 'Tin đã sửa tiêu đề' } } as never);
    expect((await jobOf(doc.documentId)).status).toBe('pending');
    await approve(app.strapi, ARTICLE, doc.documentId);
    await tick(at + 86_400_000);
    expect(await isPublished(doc.documentId)).toBe(true);
  });

  test('a database failure during a tick is logged and the next tick carries on', async () => {
    const doc = await scheduled({ publishAt: '2030-07-01T08:00' });
    const knex = app.strapi.db.connection;
    await knex.schema.renameTable('cchc_scheduled_jobs', 'cchc_scheduled_jobs_away');
    let broken: Outcome;
    try {
      broken = await tick('2030-07-01T01:00:00Z');
    } finally {
      await knex.schema.renameTable('cchc_scheduled_jobs_away', 'cchc_scheduled_jobs');
    }
    expect(broken.error).toBeDefined();
    expect(await isPublished(doc.documentId)).toBe(false);
    await tick('2030-07-01T01:00:30Z');
    expect(await isPublished(doc.documentId)).toBe(true);
  });

  test('a job held by a node that stopped is taken over when its lease ends; a live lease is left alone', async () => {
    const doc = await scheduled({ publishAt: '2030-08-01T08:00' });
    const job = await jobOf(doc.documentId);
    const due = Date.parse('2030-08-01T01:00:00Z');
    // leases run on the database's clock, whatever time the tick is driven with
    const holdBy = (lockedUntil: Date) =>
      app.strapi.db.query(JOB).update({
        where: { id: job.id },
        data: { status: 'running', lockedBy: 'node-that-died', lockedUntil },
      });
    await holdBy(new Date(Date.now() + 120_000));
    await tick(due + 60_000);
    expect(await jobOf(doc.documentId)).toMatchObject({
      status: 'running',
      lockedBy: 'node-that-died',
    });
    expect(await isPublished(doc.documentId)).toBe(false);
    await holdBy(new Date(Date.now() - 1));
    await tick(due + 60_000);
    expect(await jobOf(doc.documentId)).toMatchObject({
      status: 'done',
      lockedBy: scheduler().nodeId,
    });
    expect(await isPublished(doc.documentId)).toBe(true);
  });

  test('the jobs are visible: on the document’s review state and in the content manager, by unit', async () => {
    const doc: Doc = await scheduled({ publishAt: '2030-09-01T08:00' });
    const state = await http(app.strapi)
      .get(`/cchc/review/${ARTICLE}/${doc.documentId}`)
      .set('Authorization', `Bearer ${editor.token}`);
    expect(state.status).toBe(200);
    expect(state.body.jobs[0]).toMatchObject({ kind: 'publish', status: 'pending' });
    expect(new Date(state.body.publishAt).toISOString()).toBe('2030-09-01T01:00:00.000Z');

    const list = await http(app.strapi)
      .get(`${CM}/${JOB}?page=1&pageSize=100`)
      .set('Authorization', `Bearer ${reviewer.token}`);
    expect(list.status).toBe(200);
    expect(
      list.body.results.some(
        (j: { targetDocumentId: string }) => j.targetDocumentId === doc.documentId
      )
    ).toBe(true);
    const outsider = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.B }]);
    const hidden = await http(app.strapi)
      .get(`${CM}/${JOB}?page=1&pageSize=100`)
      .set('Authorization', `Bearer ${outsider.token}`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.results).toEqual([]);
    const edit = await http(app.strapi)
      .put(`${CM}/${JOB}/${list.body.results[0].documentId}`)
      .set('Authorization', `Bearer ${reviewer.token}`)
      .send({ status: 'done' });
    expect(edit.status).toBe(403);
  });
});
