import { randomBytes } from 'node:crypto';
import { UIDS } from '../src/constants';
import schedulerService from '../src/plugins/cchc/server/src/review/services/scheduler';
import webhooksService from '../src/plugins/cchc/server/src/distribution/services/webhooks';
import speechService from '../src/plugins/cchc/server/src/radio/services/speech';
import reportRemindersService from '../src/plugins/cchc/server/src/reports/services/report-reminders';
import jobRunner from '../src/plugins/cchc/server/src/core/jobs/runner';
import type { JobKind } from '../src/plugins/cchc/server/src/core/jobs/kind';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { connect, makeUnit, type Doc } from './helpers/fixtures';

/**
 * Every exactly-once claim raced by several claimers (each with its own node id, as separate
 * nodes would be), ROUNDS times per kind, on whichever database the run uses; then a round per
 * kind where a lease runs out mid-work, another node takes over, and the first finishes late.
 */
const ROUNDS = 50;
const ITEMS = 2;
const CLAIMERS = 3;

const JOB = 'plugin::cchc.scheduled-job';
const DELIVERY = 'plugin::cchc.webhook-delivery';
const SUBSCRIPTION = 'plugin::cchc.webhook-subscription';
const SPEECH_JOB = 'plugin::cchc.speech-job';
const REMINDER = 'plugin::cchc.report-reminder';
const POST = 'plugin::cchc.social-post';

type Row = Record<string, any>;

let app: TestApp;
let unit: Doc;
let channel: Doc;
let subscriptionId: number;

const q = (uid: string) => app.strapi.db.query(uid as never);
const documentId = () => randomBytes(12).toString('hex');
const past = () => new Date(Date.now() - 60_000);
/** A lease that ran out: what a paused process or a slow send leaves behind. */
const expire = (uid: string, id: number, field = 'lockedUntil') =>
  q(uid).update({ where: { id }, data: { [field]: new Date(Date.now() - 1000) } });
const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
};
const until = async (check: () => Promise<boolean>) => {
  const end = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error('timed out waiting');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
/** One node: its own job runner (so its own node id) working one kind. */
const nodeWith = <Row extends { id: number }>(kind: JobKind<Row>) => {
  const runner = jobRunner({ strapi: app.strapi });
  runner.register(kind);
  return {
    nodeId: runner.nodeId,
    claim: (row: Row, now: Date) => runner.claim(kind, row, now),
    handle: kind.handle,
    run: async (now?: Date) => (await runner.run(kind.name, now)).outcomes,
    kick: () => runner.run(kind.name),
  };
};
const countBy = (values: unknown[]) => {
  const counts = new Map<unknown, number>();
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
};

beforeAll(async () => {
  app = await startApp();
  unit = await makeUnit(app.strapi, { name: 'Xã thử tải' });
  await app.strapi.documents(UIDS.unit).update({
    documentId: unit.documentId,
    data: { contact: { email: 'vanthu.thutai@xa.test' } },
  } as never);
  channel = (await app.strapi.documents(UIDS.socialChannel).create({
    data: { name: 'Trang thử tải', platform: 'facebook', unit: connect(unit), active: true },
  } as never)) as Doc;
  subscriptionId = (
    await q(SUBSCRIPTION).create({
      data: {
        name: 'Nhận thử tải',
        url: 'https://receiver.example/hook',
        secret: 'khoa-bi-mat-thu-tai-0123456789',
        events: ['entry.publish'],
        active: true,
      },
    })
  ).id;
}, 120000);

afterAll(() => stopApp(app), 60000);

describe('scheduled publishing', () => {
  const nodes = () =>
    Array.from({ length: CLAIMERS }, () => {
      const service = schedulerService({ strapi: app.strapi });
      const performed: number[] = [];
      service.perform = async (job) => {
        performed.push(job.id);
      };
      return { node: nodeWith(service.jobKind()), performed };
    });
  const makeJobs = async (round: number) => {
    const jobs: Row[] = [];
    for (let i = 0; i < ITEMS; i += 1) {
      jobs.push(
        await q(JOB).create({
          data: {
            kind: 'publish',
            contentType: UIDS.article,
            targetDocumentId: `stress-${round}-${i}-${documentId()}`,
            dueAt: past(),
            status: 'pending',
            attempts: 0,
          },
        })
      );
    }
    return jobs as Array<Parameters<ReturnType<typeof schedulerService>['run']>[0]>;
  };

  test(`${CLAIMERS} nodes racing for the same due jobs publish each once, ${ROUNDS} times over`, async () => {
    const claimers = nodes();
    for (let round = 0; round < ROUNDS; round += 1) {
      const jobs = await makeJobs(round);
      const now = new Date();
      const outcomes = await Promise.all(
        claimers.map(async ({ node }) => {
          const mine: string[] = [];
          for (const job of jobs) {
            const claim = await node.claim(job, now);
            mine.push(claim ? await node.handle(job, now, claim) : 'lost');
          }
          return mine;
        })
      );
      expect(outcomes.flat().filter((o) => o === 'done')).toHaveLength(ITEMS);
      const performed = claimers.flatMap((c) =>
        c.performed.filter((id) => jobs.some((j) => j.id === id))
      );
      expect([...countBy(performed).values()]).toEqual(jobs.map(() => 1));
      const rows = await q(JOB).findMany({ where: { id: { $in: jobs.map((j) => j.id) } } });
      expect(rows.map((r: Row) => r.status)).toEqual(jobs.map(() => 'done'));
    }
  });

  test('a node whose lease ran out before it ran loses the job to the node that took it over', async () => {
    const [a, b] = nodes();
    const [job] = await makeJobs(ROUNDS);
    const now = new Date();
    const claimA = await a.node.claim(job, now);
    expect(claimA).not.toBeNull();
    await expire(JOB, job.id);
    const claimB = await b.node.claim(job, now);
    expect(claimB).not.toBeNull();
    expect(await b.node.handle(job, now, claimB!)).toBe('done');
    expect(await a.node.handle(job, now, claimA!)).toBe('lost');
    expect(a.performed).toEqual([]);
    expect(b.performed).toEqual([job.id]);
    expect(await q(JOB).findOne({ where: { id: job.id } })).toMatchObject({
      status: 'done',
      lockedBy: b.node.nodeId,
    });
  });
});

describe('webhook deliveries', () => {
  const nodes = (hold?: Promise<void>) =>
    Array.from({ length: CLAIMERS }, () => {
      const service = webhooksService({ strapi: app.strapi });
      const posted: string[] = [];
      service.post = async (_subscription, delivery) => {
        posted.push(delivery.deliveryId);
        await hold;
        return 200;
      };
      return { node: nodeWith(service.jobKind()), posted };
    });
  const makeDeliveries = async (count: number) => {
    const rows: Row[] = [];
    for (let i = 0; i < count; i += 1) {
      const deliveryId = documentId();
      rows.push(
        await q(DELIVERY).create({
          data: {
            subscription: subscriptionId,
            subscriptionName: 'Nhận thử tải',
            deliveryId,
            event: 'entry.publish',
            payload: { event: 'entry.publish', deliveryId },
            status: 'pending',
            attempts: 0,
          },
        })
      );
    }
    return rows;
  };

  test(`${CLAIMERS} nodes dispatching at once send each delivery once, ${ROUNDS} times over`, async () => {
    const claimers = nodes();
    for (let round = 0; round < ROUNDS; round += 1) {
      const rows = await makeDeliveries(ITEMS);
      const now = new Date();
      await Promise.all(claimers.map(({ node }) => node.run(now)));
      const ids = rows.map((r) => r.deliveryId);
      const posted = claimers.flatMap((c) => c.posted).filter((id) => ids.includes(id));
      expect([...countBy(posted).values()]).toEqual(ids.map(() => 1));
      const after = await q(DELIVERY).findMany({ where: { id: { $in: rows.map((r) => r.id) } } });
      expect(after.map((r: Row) => [r.status, r.attempts])).toEqual(
        ids.map(() => ['delivered', 1])
      );
    }
  });

  test('a late answer after another node took the delivery over does not overwrite its result', async () => {
    const slow = gate();
    const [a] = nodes(slow.opened);
    const [b] = nodes();
    const [row] = await makeDeliveries(1);
    const first = a.node.run(new Date());
    await until(
      async () => (await q(DELIVERY).findOne({ where: { id: row.id } })).status === 'running'
    );
    await expire(DELIVERY, row.id);
    expect((await b.node.run(new Date())).done).toBe(1);
    const taken = await q(DELIVERY).findOne({ where: { id: row.id } });
    slow.open();
    expect((await first).done).toBe(0);
    expect(await q(DELIVERY).findOne({ where: { id: row.id } })).toEqual(taken);
    expect(taken).toMatchObject({ status: 'delivered', attempts: 1, lockedBy: expect.any(String) });
  });
});

describe('speech jobs', () => {
  const nodes = (hold?: Promise<void>) =>
    Array.from({ length: CLAIMERS }, () => {
      const service = speechService({ strapi: app.strapi });
      const attached: string[] = [];
      service.published = async () => ({
        title: 'Thử tải',
        slug: null,
        script: 'Xin chào.',
        unit: null,
      });
      service.speak = async () => {
        await hold;
        return { audio: Buffer.from('ID3 thử'), ext: '.mp3', mime: 'audio/mpeg', seconds: 1 };
      };
      service.attach = async (_uid, targetDocumentId) => {
        attached.push(targetDocumentId);
      };
      return { node: nodeWith(service.jobKind()), attached };
    });
  const makeJobs = async (count: number) => {
    const rows: Row[] = [];
    for (let i = 0; i < count; i += 1) {
      rows.push(
        await q(SPEECH_JOB).create({
          data: {
            contentType: UIDS.broadcastScript,
            targetDocumentId: documentId(),
            textHash: documentId(),
            status: 'pending',
            attempts: 0,
          },
        })
      );
    }
    return rows;
  };

  test(`${CLAIMERS} workers at once make each script's audio once, ${ROUNDS} times over`, async () => {
    const claimers = nodes();
    for (let round = 0; round < ROUNDS; round += 1) {
      const rows = await makeJobs(ITEMS);
      const now = new Date();
      await Promise.all(claimers.map(({ node }) => node.run(now)));
      const targets = rows.map((r) => r.targetDocumentId);
      const attached = claimers.flatMap((c) => c.attached).filter((t) => targets.includes(t));
      expect([...countBy(attached).values()]).toEqual(targets.map(() => 1));
      const after = await q(SPEECH_JOB).findMany({
        where: { id: { $in: rows.map((r) => r.id) } },
        populate: { audio: true },
      });
      expect(after.every((r: Row) => r.audio !== null)).toBe(true);
      expect(after.map((r: Row) => [r.status, r.attempts])).toEqual(targets.map(() => ['done', 1]));
    }
  });

  test('a synthesis that finishes after another node took the job over is dropped, not attached', async () => {
    const slow = gate();
    const [a] = nodes(slow.opened);
    const [b] = nodes();
    const [row] = await makeJobs(1);
    const first = a.node.run(new Date());
    await until(
      async () => (await q(SPEECH_JOB).findOne({ where: { id: row.id } })).status === 'running'
    );
    await expire(SPEECH_JOB, row.id);
    expect((await b.node.run(new Date())).done).toBe(1);
    const taken = await q(SPEECH_JOB).findOne({ where: { id: row.id }, populate: { audio: true } });
    slow.open();
    await first;
    expect(a.attached).toEqual([]);
    expect(b.attached).toEqual([row.targetDocumentId]);
    expect(
      await q(SPEECH_JOB).findOne({ where: { id: row.id }, populate: { audio: true } })
    ).toEqual(taken);
    expect(taken).toMatchObject({ status: 'done', attempts: 1 });
    // the late copy of the audio was removed from the media library
    expect(await q('plugin::upload.file').count({ where: { id: { $gt: taken.audio.id } } })).toBe(
      0
    );
  });
});

describe('report reminders', () => {
  const nodes = (hold?: Promise<void>) =>
    Array.from({ length: CLAIMERS }, () => {
      const service = reportRemindersService({ strapi: app.strapi });
      const mailed: string[] = [];
      service.mail = async ({ subject }) => {
        mailed.push(subject);
        await hold;
      };
      return { node: nodeWith(service.jobKind()), mailed };
    });
  const makeReminders = async (count: number) => {
    const rows: Row[] = [];
    for (let i = 0; i < count; i += 1) {
      const key = documentId();
      rows.push(
        await q(REMINDER).create({
          data: {
            unit: unit.id,
            periodKey: `2026-${key}`,
            periodLabel: `Kỳ ${key}`,
            dueOn: '2026-10-05',
            kind: 'manual',
            reason: 'missing',
            dedupeKey: key,
            status: 'pending',
            attempts: 0,
          },
        })
      );
    }
    return rows;
  };

  test(`${CLAIMERS} nodes at once send each reminder one e-mail, ${ROUNDS} times over`, async () => {
    const claimers = nodes();
    for (let round = 0; round < ROUNDS; round += 1) {
      const rows = await makeReminders(ITEMS);
      const now = new Date();
      await Promise.all(claimers.map(({ node }) => node.run(now)));
      const labels = rows.map((r) => r.periodLabel);
      const mailed = claimers
        .flatMap((c) => c.mailed)
        .filter((subject) => labels.some((label) => subject.includes(label)));
      expect(mailed).toHaveLength(ITEMS);
      expect(new Set(mailed).size).toBe(ITEMS);
      const after = await q(REMINDER).findMany({ where: { id: { $in: rows.map((r) => r.id) } } });
      expect(after.map((r: Row) => [r.status, r.attempts])).toEqual(labels.map(() => ['sent', 1]));
    }
  });

  test('a send that ends after another node took the reminder over does not overwrite its record', async () => {
    const slow = gate();
    const [a] = nodes(slow.opened);
    const [b] = nodes();
    const [row] = await makeReminders(1);
    const first = a.node.run(new Date());
    await until(
      async () => (await q(REMINDER).findOne({ where: { id: row.id } })).status === 'running'
    );
    await expire(REMINDER, row.id);
    expect((await b.node.run(new Date())).done).toBe(1);
    const taken = await q(REMINDER).findOne({ where: { id: row.id } });
    slow.open();
    expect((await first).done).toBe(0);
    expect(await q(REMINDER).findOne({ where: { id: row.id } })).toEqual(taken);
    expect(taken).toMatchObject({ status: 'sent', attempts: 1 });
  });
});

describe('the job runner', () => {
  test('every node runs one tick over the kinds the features register, publishing first', async () => {
    const jobs = app.strapi.plugin('cchc').service('jobs') as ReturnType<typeof jobRunner>;
    expect(jobs.kinds()).toEqual([
      'scheduled-jobs',
      'webhook-deliveries',
      'speech-jobs',
      'report-reminders',
    ]);
    const tick = await jobs.tick(new Date());
    expect(Object.keys(tick.kinds)).toEqual(jobs.kinds());
    expect(tick.error).toBeUndefined();
    expect(() => jobs.register(webhooksService({ strapi: app.strapi }).jobKind())).toThrow(/twice/);
  });

  test('work that arrives while its kind runs is done right after it, not at the next tick', async () => {
    const slow = gate();
    const service = webhooksService({ strapi: app.strapi });
    const posted: string[] = [];
    service.post = async (_subscription, delivery) => {
      posted.push(delivery.deliveryId);
      await slow.opened;
      return 200;
    };
    const node = nodeWith(service.jobKind());
    const deliver = (deliveryId: string) =>
      q(DELIVERY).create({
        data: {
          subscription: subscriptionId,
          subscriptionName: 'Nhận thử tải',
          deliveryId,
          event: 'entry.publish',
          payload: { event: 'entry.publish', deliveryId },
          status: 'pending',
          attempts: 0,
        },
      });
    const first = await deliver(documentId());
    const running = node.run(new Date());
    await until(async () => posted.includes(first.deliveryId));
    const second = await deliver(documentId());
    // kicks while the pass runs (each committed change kicks) share one pass after it
    const kicks = [node.kick(), node.kick(), node.kick()];
    expect(new Set(kicks).size).toBe(1);
    slow.open();
    expect((await running).done).toBe(1);
    expect((await kicks[0]).outcomes.done).toBe(1);
    expect(await q(DELIVERY).findOne({ where: { id: second.id } })).toMatchObject({
      status: 'delivered',
      attempts: 1,
    });
    expect(countBy(posted).get(second.deliveryId)).toBe(1);
  });
});

describe('social queue claims', () => {
  const social = () => app.strapi.plugin('cchc').service('social-queue');
  const makePosts = async (count: number) => {
    const rows: Row[] = [];
    for (let i = 0; i < count; i += 1) {
      const key = documentId();
      rows.push(
        await q(POST).create({
          data: {
            documentId: key,
            contentType: UIDS.article,
            targetDocumentId: key,
            channel: channel.id,
            channelName: 'Trang thử tải',
            dedupeKey: key,
            message: 'Tin thử tải',
            link: 'https://xa.example/tin',
            scheduledAt: past(),
            status: 'pending',
            attempts: 0,
          },
        })
      );
    }
    return rows;
  };

  test(`${CLAIMERS} posting tools claiming at once get each post once, ${ROUNDS} times over`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const rows = await makePosts(ITEMS + 1);
      const claimed = await Promise.all(
        Array.from({ length: CLAIMERS }, async (_, worker) => {
          const owner = `công cụ ${worker}`;
          const got: string[] = [];
          for (;;) {
            const { items } = await social().claim(channel.documentId, 1, owner);
            if (items.length === 0) {
              return got;
            }
            for (const item of items) {
              got.push(item.documentId);
              const ack = await social().ack(
                item.documentId,
                { status: 'posted', externalId: owner, leaseToken: item.leaseToken },
                new Date(),
                owner
              );
              expect(ack.changed).toBe(true);
            }
          }
        })
      );
      const all = claimed.flat();
      expect(all.sort()).toEqual(rows.map((r) => r.documentId).sort());
      const after = await q(POST).findMany({ where: { id: { $in: rows.map((r) => r.id) } } });
      expect(after.every((r: Row) => r.status === 'posted')).toBe(true);
    }
  });

  test('an ack from a tool whose lease passed to another changes nothing', async () => {
    const [row] = await makePosts(1);
    const first = await social().claim(channel.documentId, 1, 'công cụ chậm');
    expect(first.items.map((i: Row) => i.documentId)).toEqual([row.documentId]);
    await expire(POST, row.id, 'leaseUntil');
    const second = await social().claim(channel.documentId, 1, 'công cụ nhanh');
    expect(second.items.map((i: Row) => i.documentId)).toEqual([row.documentId]);
    const held = await q(POST).findOne({ where: { id: row.id } });
    const late = (status: 'failed' | 'posted') =>
      social().ack(
        row.documentId,
        { status, error: 'hết giờ', leaseToken: first.items[0].leaseToken },
        new Date(),
        'công cụ chậm'
      );
    expect((await late('failed')).changed).toBe(false);
    expect((await late('posted')).changed).toBe(false);
    expect(await q(POST).findOne({ where: { id: row.id } })).toEqual(held);
    const done = await social().ack(
      row.documentId,
      { status: 'posted', externalId: 'fb_nhanh', leaseToken: second.items[0].leaseToken },
      new Date(),
      'công cụ nhanh'
    );
    expect(done).toMatchObject({
      changed: true,
      item: { status: 'posted', externalId: 'fb_nhanh' },
    });
  });
});
