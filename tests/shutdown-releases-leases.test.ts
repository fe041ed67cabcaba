import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fork } from 'node:child_process';
import { createStrapi, type Core } from '@strapi/strapi';
import knex from 'knex';
import { UIDS } from '../src/constants';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { startApp, type TestApp } from './helpers/strapi';

/**
 * A process that stops gives back what it claimed: `strapi.destroy()` (the plugin's `destroy`)
 * releases this node's scheduled jobs, webhook deliveries, speech jobs and reminders, so they
 * are taken at once, not when their leases end; the demo seed, run as its own process, leaves
 * no claim behind either.
 */

const root = path.resolve(__dirname, '..');

interface Held {
  table: string;
  uid: string;
  waiting: string;
  running: string;
  data: Record<string, unknown>;
}

const KINDS: Held[] = [
  {
    table: 'cchc_scheduled_jobs',
    uid: 'plugin::cchc.scheduled-job',
    waiting: 'pending',
    running: 'running',
    data: { kind: 'publish', contentType: UIDS.article, targetDocumentId: 'x', dueAt: new Date() },
  },
  {
    table: 'cchc_webhook_deliveries',
    uid: 'plugin::cchc.webhook-delivery',
    waiting: 'pending',
    running: 'running',
    data: { deliveryId: 'd', event: 'entry.publish', payload: {} },
  },
  {
    table: 'cchc_speech_jobs',
    uid: 'plugin::cchc.speech-job',
    waiting: 'pending',
    running: 'running',
    data: { contentType: UIDS.broadcastScript, targetDocumentId: 'x', textHash: 'h' },
  },
  {
    table: 'cchc_report_reminders',
    uid: 'plugin::cchc.report-reminder',
    waiting: 'pending',
    running: 'running',
    data: { periodKey: '2026-Q3', kind: 'manual', reason: 'missing' },
  },
];

/** Rows read straight from the database, after the app that wrote them has shut down. */
const readRows = async (database: TestDatabase, table: string) => {
  const db =
    database.client === 'sqlite'
      ? knex({
          client: 'better-sqlite3',
          connection: { filename: database.env.DATABASE_FILENAME },
          useNullAsDefault: true,
        })
      : knex({ client: 'pg', connection: database.env.DATABASE_URL });
  try {
    return (await db(table).select('*').orderBy('id')) as Array<Record<string, any>>;
  } finally {
    await db.destroy();
  }
};

const boot = async (database: TestDatabase) => {
  Object.assign(process.env, database.env);
  const strapi = await createStrapi({
    appDir: root,
    distDir: path.join(root, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  return strapi as Core.Strapi;
};

test('destroy gives back every job, delivery, speech job and reminder this node holds, and only those', async () => {
  const app: TestApp = await startApp();
  try {
    const until = new Date(Date.now() + 10 * 60_000);
    let n = 0;
    // one node id for every kind's claims: the job runner's
    const nodeId = (app.strapi.plugin('cchc').service('jobs') as { nodeId: string }).nodeId;
    for (const kind of KINDS) {
      for (const lockedBy of [nodeId, 'another-node']) {
        n += 1;
        await app.strapi.db.query(kind.uid as never).create({
          data: {
            ...kind.data,
            dedupeKey: `held-${n}`,
            status: kind.running,
            attempts: 0,
            lockedBy,
            lockedUntil: until,
          },
        });
      }
    }
    await app.strapi.destroy();
    for (const kind of KINDS) {
      const rows = await readRows(app.database, kind.table);
      expect(rows.map((r) => [r.status, r.locked_by, r.locked_until === null])).toEqual([
        [kind.waiting, null, true],
        [kind.running, 'another-node', false],
      ]);
    }
  } finally {
    await app.database.drop();
  }
}, 300000);

test('the demo seed, run as its own process, leaves no speech job claimed: a fresh app makes the first script’s audio at once', async () => {
  const held: http.ServerResponse[] = [];
  let answering = false;
  const voice = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (!answering) {
        held.push(res); // the voice is slow: the seed exits while it reads
        return;
      }
      res.writeHead(200, { 'Content-Type': 'audio/mpeg' });
      res.end(Buffer.from('ID3 giọng đọc thử'));
    });
  });
  await new Promise<void>((resolve) => voice.listen(0, '127.0.0.1', resolve));
  const voiceEnv = {
    SPEECH_PROVIDER: 'http',
    SPEECH_HTTP_URL: `http://127.0.0.1:${(voice.address() as AddressInfo).port}/v1/tts`,
  };
  const database = await createTestDatabase();
  let strapi: Core.Strapi | undefined;
  try {
    const seed = fork(path.join(__dirname, 'helpers', 'seed-process.js'), [], {
      // as `npm run seed` runs: the scheduler's cron (and its speech worker) on
      env: {
        ...process.env,
        ...database.env,
        ...voiceEnv,
        SCHEDULER_ENABLED: 'true',
        SCHEDULER_PERIOD_SECONDS: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const code = await new Promise((resolve) => seed.once('exit', resolve));
    expect(code).toBe(0);
    // On PostgreSQL the seed's cron tick has its worker take a job and wait for the voice while
    // the seed ends; on SQLite the seed never yields to the timers, so nothing is taken at all.
    const jobs = await readRows(database, 'cchc_speech_jobs');
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.filter((job) => job.status === 'running')).toEqual([]);

    answering = true;
    Object.assign(process.env, voiceEnv);
    strapi = await boot(database);
    const speech = strapi.plugin('cchc').service('speech') as { work(): Promise<number> };
    expect(await speech.work()).toBeGreaterThan(0);
    const [first] = (await strapi.db.query('plugin::cchc.speech-job').findMany({
      orderBy: { id: 'asc' },
      limit: 1,
    })) as Array<{ status: string; targetDocumentId: string }>;
    expect(first.status).toBe('done');
    const script = await strapi.db.query(UIDS.broadcastScript).findOne({
      where: { documentId: first.targetDocumentId, publishedAt: { $notNull: true } },
      populate: { audio: true },
    });
    expect(script.audio).toMatchObject({ mime: 'audio/mpeg' });
  } finally {
    for (const res of held) {
      res.destroy();
    }
    await strapi?.destroy();
    await database.drop();
    voice.close();
    delete process.env.SPEECH_PROVIDER;
    delete process.env.SPEECH_HTTP_URL;
  }
}, 300000);

test('rows stored in the former statuses (speech jobs queued, deliveries and reminders sending) are renamed once by the migration, and nothing else changes', async () => {
  const app: TestApp = await startApp();
  try {
    const formerly: Record<string, { waiting: string; running: string }> = {
      cchc_speech_jobs: { waiting: 'queued', running: 'running' },
      cchc_webhook_deliveries: { waiting: 'pending', running: 'sending' },
      cchc_report_reminders: { waiting: 'pending', running: 'sending' },
    };
    const stored = KINDS.filter((kind) => formerly[kind.table]);
    let n = 0;
    for (const kind of stored) {
      for (const status of [formerly[kind.table].waiting, formerly[kind.table].running, 'failed']) {
        n += 1;
        await app.strapi.db.query(kind.uid as never).create({
          data: { ...kind.data, dedupeKey: `former-${n}`, status, attempts: 0 },
        });
      }
    }
    const migration = (await import(
      path.join(root, 'database', 'migrations', '2026.12.07T00.00.00.job-statuses.js')
    )) as { up(knex: unknown): Promise<void> };
    await migration.up(app.strapi.db.connection);
    for (const kind of stored) {
      const rows = (await app.strapi.db
        .connection(kind.table)
        .select('status')
        .orderBy('id')) as Array<{
        status: string;
      }>;
      expect(rows.map((row) => row.status)).toEqual(['pending', 'running', 'failed']);
    }
  } finally {
    await app.strapi.destroy();
    await app.database.drop();
  }
}, 300000);
