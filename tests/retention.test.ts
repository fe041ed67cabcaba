import { randomUUID } from 'node:crypto';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { UIDS } from '../src/constants';

/**
 * Job tables stay the size of what is current: the job runner deletes finished rows older than
 * the retention period, in short batches, and keeps what is waiting, what failed recently, what
 * deduplication still reads, and the audit trail.
 */

Object.assign(process.env, {
  SCHEDULER_ENABLED: 'false',
  RETENTION_DAYS: '90',
  // small batches: a sweep goes through several
  RETENTION_BATCH_SIZE: '2',
});

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
}, 240_000);

afterAll(async () => {
  await stopApp(app);
}, 60_000);

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const OLD = daysAgo(200);

const create = (uid: string, data: Record<string, unknown>) =>
  app.strapi.db.query(uid as never).create({ data: { createdAt: OLD, ...data } }) as Promise<{
    id: number;
  }>;

const ids = async (uid: string) =>
  (
    (await app.strapi.db
      .query(uid as never)
      .findMany({ select: ['id'], orderBy: { id: 'asc' } })) as Array<{
      id: number;
    }>
  ).map((row) => row.id);

const jobs = () => app.strapi.plugin('cchc').service('jobs');

/** A delivery made and delivered long ago. */
const oldDelivery = () =>
  create('plugin::cchc.webhook-delivery', {
    deliveryId: randomUUID(),
    event: 'entry.publish',
    payload: {},
    status: 'delivered',
    deliveredAt: OLD,
  });

test('finished rows older than the period go; waiting, recent and still-needed rows stay; the audit trail is untouched', async () => {
  const scheduled = 'plugin::cchc.scheduled-job';
  const job = { kind: 'publish', contentType: UIDS.article, targetDocumentId: 'x', attempts: 1 };
  const oldDone = [];
  for (let i = 0; i < 3; i += 1) {
    oldDone.push(await create(scheduled, { ...job, status: 'done', dueAt: OLD, finishedAt: OLD }));
  }
  const oldCancelled = await create(scheduled, {
    ...job,
    status: 'cancelled',
    dueAt: OLD,
    finishedAt: OLD,
  });
  const oldPending = await create(scheduled, { ...job, status: 'pending', dueAt: OLD });
  const recentDone = await create(scheduled, {
    ...job,
    status: 'done',
    createdAt: daysAgo(10),
    dueAt: daysAgo(10),
    finishedAt: daysAgo(10),
  });
  // made long ago, but its last attempt was yesterday: a person has not seen it yet
  const recentFailure = await create(scheduled, {
    ...job,
    status: 'failed',
    dueAt: OLD,
    nextAttemptAt: daysAgo(1),
  });

  const delivery = 'plugin::cchc.webhook-delivery';
  const deliveryData = () => ({ deliveryId: randomUUID(), event: 'entry.publish', payload: {} });
  await create(delivery, { ...deliveryData(), status: 'delivered', deliveredAt: OLD });
  await create(delivery, { ...deliveryData(), status: 'failed', nextAttemptAt: OLD });
  const pendingDelivery = await create(delivery, { ...deliveryData(), status: 'pending' });

  const speech = 'plugin::cchc.speech-job';
  const script = { contentType: UIDS.broadcastScript, textHash: 'h' };
  const superseded = await create(speech, {
    ...script,
    targetDocumentId: 'a',
    status: 'done',
    finishedAt: OLD,
  });
  // the newest job of its script: `enqueue` reads it to know the audio is current
  const newestOfScript = await create(speech, {
    ...script,
    targetDocumentId: 'a',
    status: 'done',
    finishedAt: OLD,
  });
  await create(speech, { ...script, targetDocumentId: 'b', status: 'failed', finishedAt: OLD });

  const reminder = 'plugin::cchc.report-reminder';
  const reminderData = () => ({
    periodKey: '2026-Q1',
    kind: 'scheduled',
    reason: 'missing',
    dedupeKey: randomUUID(),
  });
  await create(reminder, { ...reminderData(), status: 'sent', sentAt: OLD });
  const pendingReminder = await create(reminder, { ...reminderData(), status: 'pending' });

  const social = 'plugin::cchc.social-post';
  const post = (status: string, data: Record<string, unknown> = {}) =>
    create(social, {
      contentType: UIDS.article,
      targetDocumentId: 'x',
      channelName: 'Fanpage',
      scheduledAt: OLD,
      status,
      dedupeKey: randomUUID(),
      ...data,
    });
  const posted = await post('posted', { postedAt: OLD });
  await post('cancelled');
  await post('failed', { nextAttemptAt: OLD });
  const pendingPost = await post('pending');
  const recentlyCancelled = await post('cancelled', {
    createdAt: daysAgo(5),
    scheduledAt: daysAgo(5),
  });

  const audit = 'plugin::cchc.audit-entry';
  const auditBefore = await ids(audit);

  const swept = await jobs().sweep();
  expect(swept).toEqual({
    'scheduled-jobs': 4,
    'webhook-deliveries': 2,
    'speech-jobs': 2,
    'report-reminders': 1,
    'social-posts': 2,
  });
  expect(await ids(scheduled)).toEqual([oldPending.id, recentDone.id, recentFailure.id]);
  expect(await ids(scheduled)).not.toContain(oldCancelled.id);
  expect(await ids(delivery)).toEqual([pendingDelivery.id]);
  expect(await ids(speech)).toEqual([newestOfScript.id]);
  expect(await ids(speech)).not.toContain(superseded.id);
  expect(await ids(reminder)).toEqual([pendingReminder.id]);
  // a posted item's row keeps it from being posted again, and reports count it; what never went
  // out may go
  expect(await ids(social)).toEqual([posted.id, pendingPost.id, recentlyCancelled.id]);
  expect(await ids(audit)).toEqual(auditBefore);

  // what an operator sees
  expect(jobs().sweptTotals()).toMatchObject({ 'scheduled-jobs': 4, 'speech-jobs': 2 });

  // nothing left to do: the next sweep deletes nothing
  expect(Object.values(await jobs().sweep()).every((n) => n === 0)).toBe(true);
});

test('RETENTION_DAYS=0 keeps everything', async () => {
  const settings = app.strapi.config.get('plugin::cchc') as { retention: { days: number } };
  const row = await oldDelivery();
  settings.retention.days = 0;
  try {
    expect(await jobs().sweep()).toEqual({});
    expect(await ids('plugin::cchc.webhook-delivery')).toContain(row.id);
  } finally {
    settings.retention.days = 90;
  }
});

test('the job runner sweeps on its tick, at most once per period', async () => {
  const row = await oldDelivery();
  const first = await jobs().tick();
  expect(first.swept?.['webhook-deliveries']).toBeGreaterThanOrEqual(1);
  expect(await ids('plugin::cchc.webhook-delivery')).not.toContain(row.id);
  const second = await jobs().tick();
  expect(second.swept).toBeUndefined();
});
