'use strict';

// Measures what the audit trail adds to a save: the same Document Service creates and
// updates with the audit on and off, interleaved in one process on one database.
// Usage: npm run bench:audit [-- --rounds 10 --batch 50]   (DATABASE_CLIENT=postgres DATABASE_URL=… for PostgreSQL)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('rounds', 10);
const BATCH = arg('batch', 50);

const secrets = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
];
for (const key of secrets) {
  process.env[key] ??= key === 'APP_KEYS' ? 'benchA,benchB' : `bench-${key}`;
}
process.env.LOG_LEVEL ??= 'error';
process.env.RATE_LIMIT_ENABLED ??= 'false';
process.env.SEED_DEMO_ON_EMPTY_DB = 'false';
process.env.SERVE_ADMIN_PANEL = 'false';
if (!process.env.DATABASE_CLIENT || process.env.DATABASE_CLIENT === 'sqlite') {
  process.env.DATABASE_FILENAME = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-')),
    'bench.db'
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const main = async () => {
  const appContext = await compileStrapi();
  const strapi = await createStrapi({ ...appContext, serveAdminPanel: false }).load();
  const unit = await strapi
    .documents('api::unit.unit')
    .create({ data: { name: 'Đơn vị đo', level: 'commune', kind: 'people_committee' } });
  const articles = strapi.documents('api::article.article');
  const setAudit = (enabled) => strapi.config.set('plugin::cchc.audit.enabled', enabled);

  const batch = async (label) => {
    const start = performance.now();
    for (let i = 0; i < BATCH; i += 1) {
      const doc = await articles.create({
        data: {
          title: `${label} ${i}`,
          summary: 'Tóm tắt',
          unit: { connect: [{ documentId: unit.documentId }] },
        },
      });
      await articles.update({
        documentId: doc.documentId,
        data: { title: `${label} ${i} sửa`, kind: 'article' },
      });
    }
    return (performance.now() - start) / (BATCH * 2);
  };

  setAudit(false);
  await batch('khởi động'); // warm-up, not counted
  const off = [];
  const on = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    setAudit(round % 2 === 0);
    (round % 2 === 0 ? on : off).push(await batch(`vòng ${round}`));
    setAudit(round % 2 !== 0);
    (round % 2 !== 0 ? on : off).push(await batch(`vòng ${round} b`));
  }
  const records = await strapi.db.query('plugin::cchc.audit-entry').count();
  const result = {
    database: strapi.db.dialect.client,
    writesPerBatch: BATCH * 2,
    rounds: ROUNDS,
    msPerWriteAuditOff: Number(median(off).toFixed(2)),
    msPerWriteAuditOn: Number(median(on).toFixed(2)),
    ratio: Number((median(on) / median(off)).toFixed(2)),
    addedMsPerWrite: Number((median(on) - median(off)).toFixed(2)),
    auditRecords: records,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  await strapi.destroy();
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack || error}\n`);
    process.exit(1);
  }
);
