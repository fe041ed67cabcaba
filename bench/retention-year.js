'use strict';

// A simulated year of background work: every day adds finished scheduled jobs, webhook
// deliveries, speech jobs and report reminders (created and finished that day, as the job runner
// leaves them), then the job runner's retention sweep runs with that day as "now". Prints each
// table's row count at the end of every month, with and without retention, and the time of the
// sweeps. Usage: npm run bench:retention [-- --per-day 300 --days 365 --keep 90]
// (DATABASE_CLIENT=postgres DATABASE_URL=… for PostgreSQL; the database must be empty)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { randomUUID } = require('crypto');
const { performance } = require('perf_hooks');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? Number(process.argv[i + 1]) : fallback;
};
const PER_DAY = arg('per-day', 300);
const DAYS = arg('days', 365);
const KEEP = arg('keep', 90);

for (const key of [
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
]) {
  process.env[key] ??= `bench-${key}`;
}
process.env.APP_KEYS ??= 'benchA,benchB';
Object.assign(process.env, {
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
  SEED_DEMO_ON_EMPTY_DB: 'false',
  SERVE_ADMIN_PANEL: 'false',
  // the bench drives the sweeps itself
  SCHEDULER_ENABLED: 'false',
  RETENTION_DAYS: String(KEEP),
});
if (!process.env.DATABASE_CLIENT || process.env.DATABASE_CLIENT === 'sqlite') {
  process.env.DATABASE_FILENAME = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-')),
    'bench.db'
  );
}

const DAY = 86_400_000;
// a district's day: a third deliveries, a third reminders, the rest scheduled and speech jobs
const TABLES = {
  'plugin::cchc.webhook-delivery': (at) => ({
    deliveryId: randomUUID(),
    event: 'entry.publish',
    payload: { documentId: randomUUID() },
    status: 'delivered',
    deliveredAt: at,
  }),
  'plugin::cchc.report-reminder': (at) => ({
    periodKey: '2026-Q1',
    kind: 'scheduled',
    reason: 'missing',
    dedupeKey: randomUUID(),
    status: 'sent',
    sentAt: at,
  }),
  'plugin::cchc.scheduled-job': (at) => ({
    kind: 'publish',
    contentType: 'api::article.article',
    targetDocumentId: randomUUID(),
    dueAt: at,
    status: 'done',
    finishedAt: at,
    attempts: 1,
  }),
  'plugin::cchc.speech-job': (at) => ({
    contentType: 'api::broadcast-script.broadcast-script',
    targetDocumentId: randomUUID(),
    textHash: 'h',
    status: 'done',
    finishedAt: at,
  }),
};
const SHARE = [1 / 3, 1 / 3, 1 / 4, 1 / 12];

/** A line of the report on standard output (the bench prints a table, not logs). */
const print = (line) => process.stdout.write(`${line}\n`);

const main = async () => {
  const strapi = await createStrapi({ ...(await compileStrapi()), serveAdminPanel: false }).load();
  const jobs = strapi.plugin('cchc').service('jobs');
  const uids = Object.keys(TABLES);
  const counts = async () => Promise.all(uids.map((uid) => strapi.db.query(uid).count()));
  const start = Date.now() - DAYS * DAY;
  const months = [];
  const sweepMs = [];
  let written = 0;
  for (let day = 0; day < DAYS; day += 1) {
    const at = new Date(start + day * DAY);
    for (const [index, uid] of uids.entries()) {
      const rows = Array.from({ length: Math.round(PER_DAY * SHARE[index]) }, () => ({
        ...TABLES[uid](at),
        createdAt: at,
        updatedAt: at,
      }));
      await strapi.db.query(uid).createMany({ data: rows });
      written += rows.length;
    }
    const t = performance.now();
    await jobs.sweep(new Date(at.getTime() + DAY / 2));
    sweepMs.push(performance.now() - t);
    if ((day + 1) % 30 === 0 || day === DAYS - 1) {
      months.push({ day: day + 1, written, rows: await counts() });
    }
  }
  const client = strapi.db.dialect.client;
  print(`\n${client}, ${DAYS} days × ${PER_DAY} finished rows a day, retention ${KEEP} days\n`);
  print(
    '| day | rows written | kept: deliveries | reminders | scheduled jobs | speech jobs | kept / written |'
  );
  print('| --- | --- | --- | --- | --- | --- | --- |');
  for (const { day, written: w, rows } of months) {
    const kept = rows.reduce((a, b) => a + b, 0);
    print(`| ${day} | ${w} | ${rows.join(' | ')} | ${(kept / w).toFixed(2)} |`);
  }
  const sorted = [...sweepMs].sort((a, b) => a - b);
  print(
    `\nsweep per day: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, ` +
      `p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`
  );
  await strapi.destroy();
};

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
