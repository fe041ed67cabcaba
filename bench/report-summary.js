'use strict';

// Times the district summary of results reporting on PostgreSQL with 500 units and a million
// content rows: summarize() in process and GET /api/reports/summary over HTTP, against counting
// unit by unit, and with the report count indexes dropped and present. Creates its own database,
// boots the compiled app from dist/ on it, bulk-loads the content with raw SQL and drops it.
// Usage: npx tsc -p tsconfig.json && node bench/report-summary.js
//   [--units 500 --rows 1000000 --reports 300 --runs 10 --naive-runs 3 --period 2026-Q3 --explain]
// KEEP_DB=1 keeps the database; TEST_PG_ADMIN_URL=postgres://… picks another server.
const path = require('path');
const { performance } = require('perf_hooks');
const { Client } = require('pg');
const request = require('supertest');
const { createStrapi } = require('@strapi/strapi');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const UNITS = Number(arg('units', 500));
const ROWS = Number(arg('rows', 1_000_000));
const REPORTS = Number(arg('reports', 300));
const RUNS = Number(arg('runs', 10));
const NAIVE_RUNS = Number(arg('naive-runs', 3));
const PERIOD = arg('period', '2026-Q3');
const EXPLAIN = process.argv.includes('--explain');
const BATCH = 5000;
const SEED = 20261126;

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const fromPlugin = (file) =>
  require(path.join(dist, 'src', 'plugins', 'cchc', 'server', 'src', file));
const { parsePeriod, addDays } = fromPlugin('reports/period');
const { withZone } = fromPlugin('utils/local-time');
const { ensureReportIndexes } = fromPlugin('reports/indexes');

const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `cchc_bench_${Date.now()}`;
const dbUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
})();

// As the tests boot the app; the scheduler, speech jobs and audit stay off for the bulk load.
const defaults = {
  NODE_ENV: 'test',
  APP_KEYS: 'benchA,benchB',
  API_TOKEN_SALT: 'bench-api-token-salt',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'bench-transfer-token-salt',
  JWT_SECRET: 'bench-jwt-secret',
  ENCRYPTION_KEY: 'bench-encryption-key',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_STARTUP_BANNER: 'false',
  LOG_LEVEL: 'error',
  SCHEDULER_ENABLED: 'false',
  RATE_LIMIT_ENABLED: 'false',
  SPEECH_ENABLED: 'false',
  AUDIT_ENABLED: 'false',
  REPORT_REMINDERS_ENABLED: 'false',
};
for (const [key, value] of Object.entries(defaults)) {
  process.env[key] ??= value;
}
Object.assign(process.env, {
  SERVE_ADMIN_PANEL: 'false',
  SEED_DEMO_ON_EMPTY_DB: 'false',
  DATABASE_CLIENT: 'postgres',
  DATABASE_URL: dbUrl,
});

const started = performance.now();
const progress = (message) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}\n`);

const withAdmin = async (sql) => {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
};

// Deterministic data: the same rows on every run.
const rng = (() => {
  let a = SEED;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();
const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rng() * xs.length)];
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const newDocumentId = () => {
  let id = '';
  for (let i = 0; i < 24; i += 1) {
    id += ALNUM[Math.floor(rng() * ALNUM.length)];
  }
  return id;
};
const DAY_MS = 86_400_000;
const DAYS = 730; // 2025-01-01 … 2026-12-31
const dayOf = (index) => new Date(Date.UTC(2025, 0, 1) + index * DAY_MS).toISOString().slice(0, 10);

const quantile = (xs, q) =>
  [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(q * xs.length) - 1)];
const round = (ms) => Number(ms.toFixed(1));
const stats = (xs) => ({
  medianMs: round(quantile(xs, 0.5)),
  p90Ms: round(quantile(xs, 0.9)),
  minMs: round(Math.min(...xs)),
  maxMs: round(Math.max(...xs)),
});

/** Runs `fn` once to warm up, then `runs` times; the times of the counted runs. */
const time = async (label, runs, fn) => {
  await fn();
  const ms = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  const result = stats(ms);
  progress(`${label}: median ${result.medianMs} ms, p90 ${result.p90Ms} ms (${runs} runs)`);
  return result;
};

const main = async () => {
  progress(`creating database ${dbName}`);
  await withAdmin(`CREATE DATABASE "${dbName}"`);
  let strapi;
  let failed = false;
  try {
    strapi = await createStrapi({
      appDir: root,
      distDir: dist,
      autoReload: false,
      serveAdminPanel: false,
    }).load();
    await strapi.server.mount();
    await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const result = await bench(strapi);
    failed = !result.checks.ok;
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    if (strapi) {
      await strapi.destroy();
    }
    if (process.env.KEEP_DB === '1') {
      progress(`kept database ${dbName}`);
    } else {
      await withAdmin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      progress(`dropped database ${dbName}`);
    }
  }
  if (failed) {
    throw new Error('The summary’s counts differ from the loaded data: see "checks".');
  }
};

const bench = async (strapi) => {
  const knex = strapi.db.connection;
  const cchc = strapi.plugin('cchc');
  const timeZone = cchc.config('timeZone');
  const period = parsePeriod(PERIOD);
  if (!period) {
    throw new Error(`Unknown period ${PERIOD}`);
  }
  const from = new Date(withZone(`${period.start}T00:00:00`, timeZone));
  const to = new Date(withZone(`${addDays(period.end, 1)}T00:00:00`, timeZone));
  const spanStart = new Date(withZone('2025-01-01T00:00:00', timeZone)).getTime();
  const spanEnd = new Date(withZone('2027-01-01T00:00:00', timeZone)).getTime();
  // The j-th of n items falls in the j-th slot of the two years, give or take two days: rows
  // arrive roughly in time order, as they do in a live system.
  const nth = (j, n) =>
    new Date(
      Math.min(
        spanEnd - 1,
        Math.max(
          spanStart,
          spanStart + ((j + rng()) / n) * (spanEnd - spanStart) + (rng() - 0.5) * 4 * DAY_MS
        )
      )
    );
  const loadNow = new Date();

  // Units: a province, its district, and 500 units below the district.
  progress(`creating ${UNITS} units`);
  const units = strapi.documents('api::unit.unit');
  const connect = (doc) => ({ connect: [{ documentId: doc.documentId }] });
  const province = await units.create({
    data: { name: 'UBND tỉnh Hà Tĩnh', level: 'province', kind: 'people_committee' },
  });
  const district = await units.create({
    data: {
      name: 'UBND huyện Hương Sơn',
      level: 'district',
      kind: 'people_committee',
      parent: connect(province),
    },
  });
  const communes = Math.round(UNITS * 0.4);
  const plan = [
    ...Array.from({ length: communes }, (_, i) => ({
      name: `UBND xã số ${i + 1}`,
      level: 'commune',
      kind: 'people_committee',
    })),
    {
      name: 'Trung tâm Văn hóa - Truyền thông huyện',
      level: 'district',
      kind: 'culture_communication_center',
    },
  ];
  const offices = Math.round(UNITS * 0.1);
  for (let i = 0; i < offices; i += 1) {
    plan.push({ name: `Phòng chuyên môn số ${i + 1}`, level: 'district', kind: 'office' });
  }
  for (let i = plan.length; i < UNITS; i += 1) {
    // mass organisations of the communes, one level deeper; agencies under the district
    plan.push(
      i % 5 === 0
        ? { name: `Cơ quan đóng trên địa bàn số ${i}`, level: 'other', kind: 'agency' }
        : { name: `Đoàn thể số ${i}`, level: 'commune', kind: 'mass_organisation', under: true }
    );
  }
  const below = [];
  for (const [i, { under, ...data }] of plan.entries()) {
    const parent = under ? below[i % communes] : district;
    const unit = await units.create({ data: { ...data, parent: connect(parent) } });
    below.push({ id: unit.id, documentId: unit.documentId, kind: data.kind });
    if ((i + 1) % 100 === 0) {
      progress(`  ${i + 1}/${plan.length} units`);
    }
  }
  await cchc.service('unit-tree').rebuild();
  const unplaced = await strapi.db.query('api::unit.unit').count({ where: { path: null } });
  if (unplaced > 0) {
    throw new Error(`${unplaced} units have no tree path`);
  }
  const unitIndex = new Map(below.map((unit, i) => [unit.id, i]));

  // What the summary should count for each unit in the period, tallied while generating.
  const tally = below.map(() => ({
    articles: 0,
    broadcasts: 0,
    broadcastSeconds: 0,
    leafletsPrinted: 0,
    leafletsDistributed: 0,
    trainings: 0,
    participants: 0,
    socialPosts: 0,
  }));
  const inWindow = (at) => at >= from && at < to;

  /** Picks units by the weight of their kind: who produces how much of what. */
  const chooser = (weights) => {
    const cumulative = [];
    let total = 0;
    for (const unit of below) {
      total += weights[unit.kind] ?? 0;
      cumulative.push(total);
    }
    return () => {
      const x = rng() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    };
  };
  const everyone = {
    people_committee: 1,
    culture_communication_center: 1,
    office: 1,
    agency: 1,
    mass_organisation: 1,
  };

  /** Drafts and published documents: a published one is two rows, its draft and its version. */
  const versions = (rows, make) =>
    function* () {
      const published = Math.round(rows * 0.375);
      const documents = rows - published;
      for (let j = 0; j < documents; j += 1) {
        const isPublished =
          Math.floor(((j + 1) * published) / documents) > Math.floor((j * published) / documents);
        yield make(j, isPublished, documents);
      }
    };

  const SHARE = { articles: 0.4, broadcasts: 0.3, leaflets: 0.1, trainings: 0.1, socialPosts: 0.1 };
  const count = (key) => Math.round(ROWS * SHARE[key]);

  const SOURCES = [
    {
      key: 'articles',
      uid: 'api::article.article',
      documents: versions(
        count('articles'),
        (() => {
          const unitOf = chooser({
            ...everyone,
            people_committee: 3,
            culture_communication_center: 3,
            office: 2,
          });
          return (j, isPublished, n) => {
            const unit = unitOf();
            const at = nth(j, n);
            const row = {
              documentId: newDocumentId(),
              kind: pick(['news', 'article', 'report']),
              title: `Tin cải cách hành chính số ${j + 1}`,
              slug: `tin-cai-cach-hanh-chinh-so-${j + 1}`,
              summary: 'Tóm tắt tin tuyên truyền cải cách hành chính.',
              sharedWithSubunits: false,
              createdAt: new Date(at.getTime() - int(0, 5 * DAY_MS)),
              updatedAt: at,
              publishedAt: null,
              reviewStage: isPublished ? 'approved' : 'draft',
            };
            if (!isPublished) {
              return { unit, rows: [row] };
            }
            if (inWindow(at)) {
              tally[unit].articles += 1;
            }
            return { unit, rows: [row, { ...row, publishedAt: at }] };
          };
        })()
      ),
    },
    {
      key: 'broadcasts',
      uid: 'api::rundown-item.rundown-item',
      documents: function* () {
        const unitOf = chooser({ people_committee: 1, culture_communication_center: 20 });
        const windows = ['06:00:00', '11:00:00', '17:00:00'];
        const total = count('broadcasts');
        for (let j = 0; j < total; j += 1) {
          const unit = unitOf();
          const airDate = dayOf(Math.floor(((j + rng()) / total) * DAYS));
          const windowStart = pick(windows);
          const x = rng();
          const airStatus =
            x < 0.55 ? 'aired' : x < 0.65 ? 'partly_aired' : x < 0.75 ? 'cancelled' : 'planned';
          const plannedSeconds = int(60, 900);
          let airedSeconds = null;
          if (airStatus === 'aired' && rng() < 0.8) {
            airedSeconds = Math.max(0, plannedSeconds + int(-30, 30));
          } else if (airStatus === 'partly_aired') {
            airedSeconds = Math.floor(plannedSeconds * (0.2 + 0.7 * rng()));
          }
          const aired = airStatus === 'aired' || airStatus === 'partly_aired';
          const airedAt = aired ? new Date(withZone(`${airDate}T${windowStart}`, timeZone)) : null;
          const createdAt = new Date(Date.parse(`${airDate}T00:00:00Z`) - 3 * DAY_MS);
          if (aired && airDate >= period.start && airDate <= period.end) {
            tally[unit].broadcasts += 1;
            tally[unit].broadcastSeconds += airedSeconds ?? plannedSeconds;
          }
          yield {
            unit,
            rows: [
              {
                documentId: newDocumentId(),
                airDate,
                windowStart,
                position: int(1, 6),
                airStatus,
                airedAt,
                airedSeconds,
                title: `Chương trình phát thanh CCHC ngày ${airDate} (${j + 1})`,
                plannedSeconds,
                startsAt: windowStart,
                createdAt,
                updatedAt: airedAt ?? createdAt,
                publishedAt: createdAt,
              },
            ],
          };
        }
      },
    },
    {
      key: 'leaflets',
      uid: 'api::leaflet.leaflet',
      documents: versions(
        count('leaflets'),
        (() => {
          const unitOf = chooser(everyone);
          return (j, isPublished, n) => {
            const unit = unitOf();
            const at = nth(j, n);
            const copiesPrinted = int(100, 5000);
            const copiesDistributed = int(0, copiesPrinted);
            const row = {
              documentId: newDocumentId(),
              kind: pick(['handout', 'leaflet', 'brochure', 'bulletin', 'poster']),
              title: `Tờ rơi cải cách hành chính số ${j + 1}`,
              slug: `to-roi-cai-cach-hanh-chinh-so-${j + 1}`,
              copiesPrinted,
              copiesDistributed,
              createdAt: new Date(at.getTime() - int(0, 10 * DAY_MS)),
              updatedAt: at,
              publishedAt: null,
              reviewStage: isPublished ? 'approved' : 'draft',
            };
            if (!isPublished) {
              return { unit, rows: [row] };
            }
            if (inWindow(at)) {
              tally[unit].leafletsPrinted += copiesPrinted;
              tally[unit].leafletsDistributed += copiesDistributed;
            }
            return { unit, rows: [row, { ...row, publishedAt: at }] };
          };
        })()
      ),
    },
    {
      key: 'trainings',
      uid: 'api::training.training',
      documents: versions(
        count('trainings'),
        (() => {
          const unitOf = chooser(everyone);
          return (j, isPublished, n) => {
            const unit = unitOf();
            const startsAt = nth(j, n);
            const participantsPlanned = int(20, 300);
            const held = startsAt < loadNow;
            const participantsActual = held && rng() < 0.9 ? int(10, participantsPlanned) : null;
            const row = {
              documentId: newDocumentId(),
              kind: pick(['conference', 'training_class', 'dialogue']),
              title: `Hội nghị tuyên truyền cải cách hành chính số ${j + 1}`,
              slug: `hoi-nghi-cai-cach-hanh-chinh-so-${j + 1}`,
              startsAt,
              endsAt: new Date(startsAt.getTime() + int(2, 8) * 3_600_000),
              location: 'Hội trường UBND',
              participantsPlanned,
              participantsActual,
              createdAt: new Date(startsAt.getTime() - int(3, 30) * DAY_MS),
              updatedAt: startsAt,
              publishedAt: null,
              reviewStage: isPublished ? 'approved' : 'draft',
            };
            if (!isPublished) {
              return { unit, rows: [row] };
            }
            if (inWindow(startsAt) && held) {
              tally[unit].trainings += 1;
              tally[unit].participants += participantsActual ?? 0;
            }
            const publishedAt = new Date(startsAt.getTime() - int(1, 20) * DAY_MS);
            return { unit, rows: [row, { ...row, publishedAt }] };
          };
        })()
      ),
    },
    {
      key: 'socialPosts',
      uid: 'plugin::cchc.social-post',
      documents: function* () {
        const unitOf = chooser(everyone);
        const total = count('socialPosts');
        for (let j = 0; j < total; j += 1) {
          const unit = unitOf();
          const scheduledAt = nth(j, total);
          const x = rng();
          const status =
            x < 0.7 ? 'posted' : x < 0.8 ? 'pending' : x < 0.88 ? 'failed' : 'cancelled';
          const postedAt =
            status === 'posted' ? new Date(scheduledAt.getTime() + int(1, 120) * 60_000) : null;
          if (postedAt && inWindow(postedAt)) {
            tally[unit].socialPosts += 1;
          }
          const documentId = newDocumentId();
          const createdAt = new Date(scheduledAt.getTime() - int(0, 2) * DAY_MS);
          yield {
            unit,
            rows: [
              {
                documentId,
                contentType: 'api::article.article',
                targetDocumentId: newDocumentId(),
                summary: `Bài đăng mạng xã hội số ${j + 1}`,
                channelName: pick(['Trang Facebook UBND', 'Zalo OA UBND']),
                dedupeKey: `bench:${documentId}`,
                scheduledAt,
                status,
                attempts: status === 'pending' ? 0 : status === 'failed' ? 3 : 1,
                postedAt,
                createdAt,
                updatedAt: postedAt ?? createdAt,
                publishedAt: createdAt,
              },
            ],
          };
        }
      },
    },
  ];

  /** Multi-row INSERTs of the rows and their `<table>_unit_lnk` rows, ids assigned here. */
  const load = async ({ key, uid, documents }) => {
    const meta = strapi.db.metadata.get(uid);
    const columnOf = (attribute) => {
      const column = meta.attributes[attribute]?.columnName;
      if (!column) {
        throw new Error(`${uid} has no column for ${attribute}`);
      }
      return column;
    };
    const link = meta.attributes.unit.joinTable;
    const { max } = await knex(meta.tableName).max({ max: 'id' }).first();
    let id = Number(max ?? 0);
    let rows = [];
    let links = [];
    let loaded = 0;
    let batchSize = BATCH;
    const total = count(key);
    let reported = 0;
    const flush = async () => {
      if (rows.length === 0) {
        return;
      }
      for (let i = 0; i < rows.length; i += batchSize) {
        await knex(meta.tableName).insert(rows.slice(i, i + batchSize));
      }
      for (let i = 0; i < links.length; i += BATCH) {
        await knex(link.name).insert(links.slice(i, i + BATCH));
      }
      loaded += rows.length;
      rows = [];
      links = [];
      if (loaded - reported >= total / 5 || loaded >= total) {
        reported = loaded;
        progress(`  ${key}: ${loaded}/${total} rows`);
      }
    };
    for (const { unit, rows: versionRows } of documents()) {
      for (const attributes of versionRows) {
        id += 1;
        const row = { id };
        for (const [attribute, value] of Object.entries(attributes)) {
          row[columnOf(attribute)] = value;
        }
        if (rows.length === 0) {
          // PostgreSQL takes at most 65535 parameters per statement
          batchSize = Math.min(BATCH, Math.floor(65000 / Object.keys(row).length));
        }
        rows.push(row);
        const linkRow = {
          [link.joinColumn.name]: id,
          [link.inverseJoinColumn.name]: below[unit].id,
        };
        if (link.orderColumnName) {
          linkRow[link.orderColumnName] = 1;
        }
        if (link.inverseOrderColumnName) {
          linkRow[link.inverseOrderColumnName] = 1;
        }
        links.push(linkRow);
      }
      if (rows.length >= BATCH * 4) {
        await flush();
      }
    }
    await flush();
    await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), ?)`, [meta.tableName, id]);
    return { table: meta.tableName, linkTable: link.name, rows: loaded };
  };

  progress(`loading ${ROWS} content rows`);
  const loaded = {};
  for (const source of SOURCES) {
    const loadStart = performance.now();
    loaded[source.key] = await load(source);
    progress(`  ${source.key} loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
  }
  const tables = Object.values(loaded).flatMap(({ table, linkTable }) => [table, linkTable]);
  const analyze = async () => {
    for (const table of tables) {
      await knex.raw('ANALYZE ??', [table]);
    }
  };
  progress('VACUUM ANALYZE');
  for (const table of tables) {
    await knex.raw('VACUUM (ANALYZE) ??', [table]);
  }

  // The campaign issued by the district, with targets for every kind of unit below it.
  progress('creating the campaign');
  const campaign = await strapi.documents('api::campaign.campaign').create({
    data: {
      documentNumber: '125/KH-UBND',
      title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2026',
      issuedOn: '2026-01-05',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      issuingUnit: connect(district),
      reportingPeriod: 'quarter',
      reportDueDays: 5,
      targets: [
        {
          unitKind: 'people_committee',
          periodType: 'quarter',
          articles: 30,
          broadcasts: 120,
          broadcastMinutes: 600,
          trainings: 4,
          participants: 300,
          socialPosts: 25,
        },
        {
          unitKind: 'culture_communication_center',
          periodType: 'quarter',
          articles: 60,
          broadcasts: 2000,
          broadcastMinutes: 10000,
        },
        { unitKind: 'office', periodType: 'year', articles: 80, trainings: 8, socialPosts: 80 },
        { unitKind: 'agency', periodType: 'half_year', articles: 20, leafletsDistributed: 20000 },
        { unitKind: 'mass_organisation', periodType: 'year', trainings: 12, socialPosts: 100 },
      ],
    },
  });

  // Unit reports for the period through the Document Service, which counts on every save; then
  // three in ten are submitted, three accepted and one returned.
  progress(`creating ${REPORTS} unit reports for ${period.label}`);
  const reportStart = performance.now();
  const reporters = [...below];
  for (let i = reporters.length - 1; i > 0; i -= 1) {
    const j = int(0, i);
    [reporters[i], reporters[j]] = [reporters[j], reporters[i]];
  }
  reporters.length = Math.min(REPORTS, reporters.length);
  const flow = cchc.service('report-flow');
  const statuses = { draft: 0, submitted: 0, accepted: 0, returned: 0 };
  for (const [i, unit] of reporters.entries()) {
    const report = await strapi.documents('api::unit-report.unit-report').create({
      data: {
        unit: unit.id,
        campaign: campaign.id,
        periodLabel: period.label,
        evidence: [
          { title: 'Ảnh hội nghị', metric: 'trainings', url: 'https://example.gov.vn/anh' },
          { title: 'Danh sách bài đăng', metric: 'articles', note: 'Xem tệp đính kèm' },
        ],
        corrections:
          i % 10 === 3
            ? [{ metric: 'leafletsDistributed', value: 1200, reason: 'Phát thêm tại hội nghị xã.' }]
            : [],
      },
    });
    const step = i % 10;
    let status = 'draft';
    if (step >= 3) {
      await flow.transition(report.documentId, 'submit');
      status = 'submitted';
    }
    if (step >= 6 && step <= 8) {
      await flow.transition(report.documentId, 'accept');
      status = 'accepted';
    }
    if (step === 9) {
      await flow.transition(report.documentId, 'return', {
        comment: 'Bổ sung tài liệu kiểm chứng.',
      });
      status = 'returned';
    }
    statuses[status] += 1;
    if ((i + 1) % 50 === 0) {
      progress(`  ${i + 1}/${REPORTS} reports`);
    }
  }
  const msPerReport = (performance.now() - reportStart) / Math.max(1, REPORTS);

  // Timings.
  const summary = cchc.service('report-summary');
  const counter = cchc.service('report-counts');
  const query = { campaign: campaign.documentId, period: PERIOD, unit: district.documentId };
  const ids = below.map((unit) => unit.id);
  const window = () => ({ start: period.start, end: period.end, now: new Date() });
  const token = (
    await strapi.service('admin::api-token').create({
      name: 'bench-full-access',
      type: 'full-access',
      lifespan: null,
      permissions: [],
    })
  ).accessKey;
  const { port } = strapi.server.httpServer.address();
  const url = `/api/reports/summary?${new URLSearchParams(query)}`;
  let bytes = 0;
  const viaHttp = async () => {
    const res = await request(`http://127.0.0.1:${port}`)
      .get(url)
      .set('Authorization', `Bearer ${token}`);
    if (res.status !== 200 || res.body.rows.length !== below.length) {
      throw new Error(`GET ${url}: ${res.status} ${res.text.slice(0, 300)}`);
    }
    bytes = res.text.length;
  };

  /** The SQL a call sends, with each statement's time, from knex's query events. */
  const trace = async (fn) => {
    const pending = new Map();
    const queries = [];
    const onQuery = (q) =>
      pending.set(q.__knexQueryUid, { sql: q.sql, bindings: q.bindings, at: performance.now() });
    const onResponse = (_response, q) => {
      const p = pending.get(q.__knexQueryUid);
      if (p) {
        queries.push({ sql: p.sql, bindings: p.bindings, ms: performance.now() - p.at });
      }
    };
    knex.on('query', onQuery);
    knex.on('query-response', onResponse);
    try {
      await fn();
    } finally {
      knex.removeListener('query', onQuery);
      knex.removeListener('query-response', onResponse);
    }
    return queries;
  };
  const slowest = (queries, n = 8) =>
    [...queries]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, n)
      .map((q) => ({ ms: round(q.ms), sql: q.sql.replace(/\s+/g, ' ').slice(0, 160) }));
  const explain = async (label, queries) => {
    if (!EXPLAIN) {
      return;
    }
    const client = new Client({ connectionString: dbUrl });
    await client.connect();
    try {
      for (const q of queries.filter((x) => /group by/i.test(x.sql))) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.bindings);
        process.stderr.write(`\n-- ${label}\n${q.sql.replace(/\s+/g, ' ').slice(0, 400)}\n`);
        process.stderr.write(`${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
      }
    } finally {
      await client.end();
    }
  };

  const first = await summary.summarize(query, 'all');
  const totalsBy = (rows) => {
    const sums = {};
    for (const row of rows) {
      for (const [metric, value] of Object.entries(row.systemCounts)) {
        sums[metric] = (sums[metric] ?? 0) + value;
      }
    }
    return sums;
  };

  progress(`timing ${PERIOD} with the report indexes (${RUNS} runs each)`);
  const withIndexes = {
    summarize: await time('summarize()', RUNS, () => summary.summarize(query, 'all')),
    http: await time('GET /api/reports/summary', RUNS, viaHttp),
    countsFor: await time(`countsFor(${ids.length} units)`, RUNS, () =>
      counter.countsFor(ids, window())
    ),
  };
  const summaryQueries = await trace(() => summary.summarize(query, 'all'));
  const countQueries = await trace(() => counter.countsFor(ids, window()));
  await explain('with the report indexes', countQueries);

  progress(`timing the naive way: ${ids.length} × countsFor([unit]) (${NAIVE_RUNS} runs)`);
  let perUnit = new Map();
  const naive = await time(`${ids.length} × countsFor([unit])`, NAIVE_RUNS, async () => {
    perUnit = new Map();
    for (const id of ids) {
      perUnit.set(id, (await counter.countsFor([id], window())).get(id));
    }
  });

  // Without the indexes indexes.ts creates: the statements it sends name them.
  const created = (await trace(() => ensureReportIndexes(strapi)))
    .map(
      (q) =>
        /create\s+(?:unique\s+)?index\s+(?:concurrently\s+)?(?:if\s+not\s+exists\s+)?("(?:[^"]|"")+"|[\w.]+)/i.exec(
          q.sql
        )?.[1]
    )
    .filter(Boolean);
  progress(`dropping ${created.join(', ')}`);
  for (const name of created) {
    await knex.raw(`DROP INDEX IF EXISTS ${name}`);
  }
  await analyze();
  const withoutIndexes = {
    summarize: await time('summarize() without', RUNS, () => summary.summarize(query, 'all')),
    countsFor: await time(`countsFor(${ids.length} units) without`, RUNS, () =>
      counter.countsFor(ids, window())
    ),
  };
  const countQueriesWithout = await trace(() => counter.countsFor(ids, window()));
  await explain('without the report indexes', countQueriesWithout);
  progress('recreating the report indexes');
  await ensureReportIndexes(strapi);
  await analyze();
  const again = await time('summarize() with, again', RUNS, () => summary.summarize(query, 'all'));

  // Checks: the grouped counts equal the unit-by-unit ones and the generator's own tally.
  const batched = await counter.countsFor(ids, window());
  const mismatches = [];
  for (const [i, unit] of below.entries()) {
    const expected = { ...tally[i], broadcastMinutes: Math.round(tally[i].broadcastSeconds / 60) };
    delete expected.broadcastSeconds;
    const got = batched.get(unit.id);
    for (const [metric, value] of Object.entries(expected)) {
      if (got[metric] !== value || perUnit.get(unit.id)[metric] !== value) {
        mismatches.push({
          unit: unit.id,
          metric,
          expected: value,
          grouped: got[metric],
          perUnit: perUnit.get(unit.id)[metric],
        });
      }
    }
  }
  const rowsFound =
    first.rows.length === below.length && first.rows.every((r) => unitIndex.has(r.unit.id));

  const database = (await knex.raw('SHOW server_version')).rows[0].server_version;
  const size = (
    await knex.raw('SELECT pg_size_pretty(pg_database_size(current_database())) AS size')
  ).rows[0].size;
  return {
    database: `PostgreSQL ${database}`,
    databaseSize: size,
    period: first.period.key,
    data: {
      units: below.length,
      unitsByKind: below.reduce((acc, u) => ({ ...acc, [u.kind]: (acc[u.kind] ?? 0) + 1 }), {}),
      rows: Object.fromEntries(Object.entries(loaded).map(([key, value]) => [key, value.rows])),
      reports: statuses,
      // a create through the Document Service and the report's transitions
      msPerReport: round(msPerReport),
      summaryTotals: first.totals.counts,
      systemTotals: totalsBy(first.rows),
    },
    runs: RUNS,
    withIndexes,
    withIndexesAgain: { summarize: again },
    naive: {
      ...naive,
      runs: NAIVE_RUNS,
      ratioToCountsFor: Number((naive.medianMs / withIndexes.countsFor.medianMs).toFixed(1)),
      ratioToSummarize: Number((naive.medianMs / withIndexes.summarize.medianMs).toFixed(1)),
    },
    withoutIndexes: {
      dropped: created,
      ...withoutIndexes,
      ratio: Number(
        (withoutIndexes.summarize.medianMs / withIndexes.summarize.medianMs).toFixed(2)
      ),
    },
    httpResponseBytes: bytes,
    slowestQueries: {
      summarize: { statements: summaryQueries.length, slowest: slowest(summaryQueries) },
      countsForWithIndexes: slowest(countQueries, 5),
      countsForWithoutIndexes: slowest(countQueriesWithout, 5),
    },
    checks: {
      ok: mismatches.length === 0 && rowsFound,
      summaryRowsAreTheUnitsBelow: rowsFound,
      countMismatches: mismatches.length,
      firstMismatches: mismatches.slice(0, 10),
    },
  };
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack || error}\n`);
    process.exit(1);
  }
);
