'use strict';

// The worst anonymous GraphQL operation the limits let through, on PostgreSQL with a unit tree
// and published articles: for each costly shape, as many copies (aliases) as the limits accept;
// how long it runs, how long it holds the event loop (longest delay of a 5 ms timer while it
// runs), and how long a cheap request sent meanwhile waits. Also checks that the floods of
// issue #12 are refused. Creates its own database, boots the compiled app from dist/, drops it.
// Usage: npx tsc -p tsconfig.json && node bench/graphql-limits.js
//   [--units 120 --articles 10000 --runs 3]
// GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_COST, … as for the app; KEEP_DB=1 keeps the database;
// TEST_PG_ADMIN_URL=postgres://… picks another server.
const os = require('os');
const path = require('path');
const { performance, monitorEventLoopDelay } = require('perf_hooks');
const { Client } = require('pg');
const { createStrapi } = require('@strapi/strapi');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const UNITS = Number(arg('units', 120));
const ARTICLES = Number(arg('articles', 10_000));
const RUNS = Number(arg('runs', 3));
const TARGET_MS = 250;
const SEED = 20261130;

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `cchc_bench_gql_${Date.now()}`;
const dbUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
})();

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

const rng = (() => {
  let a = SEED;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();
const pick = (xs) => xs[Math.floor(rng() * xs.length)];
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const newDocumentId = () => {
  let id = '';
  for (let i = 0; i < 24; i += 1) {
    id += ALNUM[Math.floor(rng() * ALNUM.length)];
  }
  return id;
};
const round = (ms) => Number(ms.toFixed(1));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** A province, a district and the units below it: communes with their mass organisations,
 * offices, agencies and the culture and communication centre. */
const loadUnits = async (strapi) => {
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
  const all = [province, district];
  const below = UNITS - all.length;
  const communes = Math.round(below * 0.25);
  const offices = Math.round(below * 0.1);
  for (let i = 0; i < communes; i += 1) {
    all.push(
      await units.create({
        data: {
          name: `UBND xã số ${i + 1}`,
          level: 'commune',
          kind: 'people_committee',
          parent: connect(district),
        },
      })
    );
  }
  all.push(
    await units.create({
      data: {
        name: 'Trung tâm Văn hóa - Truyền thông huyện',
        level: 'district',
        kind: 'culture_communication_center',
        parent: connect(district),
      },
    })
  );
  for (let i = 0; i < offices; i += 1) {
    all.push(
      await units.create({
        data: {
          name: `Phòng chuyên môn số ${i + 1}`,
          level: 'district',
          kind: 'office',
          parent: connect(district),
        },
      })
    );
  }
  for (let i = 0; all.length < UNITS; i += 1) {
    // mass organisations of the communes, one level deeper; a few agencies under the district
    const agency = i % 10 === 9;
    all.push(
      await units.create({
        data: agency
          ? {
              name: `Cơ quan số ${i + 1}`,
              level: 'other',
              kind: 'agency',
              parent: connect(district),
            }
          : {
              name: `Đoàn thể số ${i + 1}`,
              level: 'commune',
              kind: 'mass_organisation',
              parent: connect(all[2 + (i % communes)]),
            },
      })
    );
  }
  return all;
};

/** Published articles (a draft and a published row each) with a unit, a column and topics. */
const loadArticles = async (strapi, units) => {
  const knex = strapi.db.connection;
  const columns = [];
  for (const name of ['Cải cách hành chính', 'Chuyển đổi số', 'Dịch vụ công', 'Tin địa phương']) {
    columns.push(await strapi.documents('api::column.column').create({ data: { name } }));
  }
  const topics = [];
  for (let i = 1; i <= 12; i += 1) {
    topics.push(
      await strapi.documents('api::topic.topic').create({ data: { name: `Chuyên đề ${i}` } })
    );
  }
  const meta = strapi.db.metadata.get('api::article.article');
  const column = (attribute) => meta.attributes[attribute].columnName;
  const joinOf = (attribute) => meta.attributes[attribute].joinTable;
  const linkRow = (join, id, targetId) => {
    const row = { [join.joinColumn.name]: id, [join.inverseJoinColumn.name]: targetId };
    if (join.orderColumnName) {
      row[join.orderColumnName] = 1;
    }
    if (join.inverseOrderColumnName) {
      row[join.inverseOrderColumnName] = 1;
    }
    return row;
  };
  const joins = { unit: joinOf('unit'), column: joinOf('column'), topics: joinOf('topics') };
  let id = 0;
  let rows = [];
  const links = { unit: [], column: [], topics: [] };
  const flush = async () => {
    const batch = Math.floor(60000 / 12);
    for (let i = 0; i < rows.length; i += batch) {
      await knex(meta.tableName).insert(rows.slice(i, i + batch));
    }
    for (const [key, list] of Object.entries(links)) {
      for (let i = 0; i < list.length; i += 10000) {
        await knex(joins[key].name).insert(list.slice(i, i + 10000));
      }
      links[key] = [];
    }
    rows = [];
  };
  const now = Date.now();
  for (let j = 0; j < ARTICLES; j += 1) {
    const unit = pick(units);
    const col = pick(columns);
    const chosen = [...new Set([pick(topics), pick(topics), pick(topics)])];
    const at = new Date(now - Math.floor(rng() * 730) * 86_400_000);
    const base = {
      [column('documentId')]: newDocumentId(),
      [column('kind')]: pick(['news', 'article', 'report']),
      [column('title')]: `Tin cải cách hành chính số ${j + 1}`,
      [column('slug')]: `tin-cai-cach-hanh-chinh-so-${j + 1}`,
      [column('summary')]: 'Tóm tắt tin tuyên truyền cải cách hành chính.',
      [column('sharedWithSubunits')]: rng() < 0.2,
      [column('createdAt')]: at,
      [column('updatedAt')]: at,
      [column('reviewStage')]: 'approved',
    };
    for (const publishedAt of [null, at]) {
      id += 1;
      rows.push({ id, ...base, [column('publishedAt')]: publishedAt });
      links.unit.push(linkRow(joins.unit, id, unit.id));
      links.column.push(linkRow(joins.column, id, col.id));
      for (const topic of chosen) {
        links.topics.push(linkRow(joins.topics, id, topic.id));
      }
    }
    if (rows.length >= 20000) {
      await flush();
    }
  }
  await flush();
  await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), ?)`, [meta.tableName, id]);
  for (const table of [meta.tableName, ...Object.values(joins).map((join) => join.name)]) {
    await knex.raw('ANALYZE ??', [table]);
  }
};

// Sent without `$run`, the operation is validated (where the limits are) and then refused for the
// missing variable instead of running.
const aliases = (count, body) => {
  const copies = Array.from({ length: count }, (_, i) => `a${i}: ${body}`);
  copies[0] = copies[0].replace(') {', ') @include(if: $run) {');
  return `query Flood($run: Boolean!) { ${copies.join(' ')} }`;
};

const P100 = 'pagination: { pageSize: 100 }';
/** One copy of each costly shape; the benchmark repeats it under as many aliases as accepted. */
const SHAPES = {
  'issue #12 (units → children → children → parent)': `units(${P100}) { children { children { parent { name } } } }`,
  'children ↔ parent cycle at the depth limit': `units(${P100}) { children(${P100}) { parent { children(${P100}) { parent { children(${P100}) { parent { name } } } } } } }`,
  'unit tree, 100 per level': `units(${P100}) { name children(${P100}) { name children(${P100}) { name children(${P100}) { name } } } }`,
  'articles with every relation and component': `articles(${P100}) { title unit { name parent { name parent { name } } } column { name } topics(${P100}) { name } cover { url } source { origin } channels { portal } seo { metaTitle } socialPost { text } }`,
  'article connection with totals': `articles_connection(${P100}) { nodes { title unit { name } column { name } topics { name } } pageInfo { total pageCount } }`,
  'the portal question with 100 a page': `articles_connection(${P100}, sort: ["publishedAt:desc"]) { nodes { documentId title slug summary publishedAt unit { name } column { name } topics { name } cover { url } } pageInfo { page pageSize total pageCount } }`,
  'filter through five relations': `articles(${P100}, filters: { unit: { parent: { children: { parent: { children: { name: { containsi: "x" } } } } } } }) { title unit { name } }`,
};

const portalQuery = `query Portal($site: String!, $column: String!, $topic: String!, $page: Int!) {
  articles_connection(
    filters: {
      and: [
        { or: [
          { unit: { slug: { eq: $site } } }
          {
            sharedWithSubunits: { eq: true }
            or: [
              { unit: { children: { slug: { eq: $site } } } }
              { unit: { parent: { children: { slug: { eq: $site } } }, kind: { ne: "people_committee" } } }
            ]
          }
        ] }
        { or: [{ column: { slug: { eq: $column } } }, { topics: { slug: { eq: $topic } } }] }
      ]
    }
    sort: ["publishedAt:desc"]
    pagination: { page: $page, pageSize: 10 }
  ) {
    nodes { documentId title slug summary publishedAt unit { name } column { name } topics { name } cover { url } }
    pageInfo { page pageSize total pageCount }
  }
}`;

const bench = async (strapi, base) => {
  const post = async (query, variables = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json().catch(() => ({}));
    return { status: res.status, body };
  };
  const passes = (res) => res.status === 200 && !res.body.errors;

  /** Runs `query` while a 5 ms timer and a cheap request every 20 ms measure what it holds up. */
  const measure = async (send) => {
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    let lateMs = 0;
    let expected = performance.now() + 5;
    const timer = setInterval(() => {
      const now = performance.now();
      lateMs = Math.max(lateMs, now - expected);
      expected = now + 5;
    }, 5);
    const probes = [];
    let running = true;
    const probeLoop = (async () => {
      while (running) {
        const start = performance.now();
        await fetch(`${base}/api/columns?pagination[pageSize]=1`).then((res) => res.arrayBuffer());
        probes.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    histogram.enable();
    const start = performance.now();
    const ok = await send();
    const durationMs = performance.now() - start;
    histogram.disable();
    running = false;
    await probeLoop;
    clearInterval(timer);
    return {
      ok,
      durationMs,
      eventLoopMaxMs: histogram.max / 1e6,
      timerLateMs: lateMs,
      probeMaxMs: probes.length ? Math.max(...probes) : 0,
      probes: probes.length,
    };
  };

  // The portal question and a site query must pass.
  const site = await strapi.db.query('api::unit.unit').findOne({ where: { level: 'commune' } });
  const portalVariables = {
    site: site.slug,
    column: 'cai-cach-hanh-chinh',
    topic: 'chuyen-de-1',
    page: 1,
  };
  const everyday = {
    'README portal query': await post(portalQuery, portalVariables),
    siteArticles: await post(
      `{ siteArticles(site: "${site.slug}", sort: ["publishedAt:desc"], pagination: { pageSize: 10 }) { title slug unit { name } } }`
    ),
  };
  /** The median of `RUNS` measured runs after a warm-up. */
  const timed = async (query, variables) => {
    const send =
      typeof query === 'function' ? query : async () => passes(await post(query, variables));
    await measure(send);
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      runs.push(await measure(send));
    }
    return {
      ok: runs.every((run) => run.ok),
      requestMs: round(median(runs.map((run) => run.durationMs))),
      eventLoopMaxMs: round(Math.max(...runs.map((run) => run.eventLoopMaxMs))),
      timerLateMs: round(Math.max(...runs.map((run) => run.timerLateMs))),
      probeMaxMs: round(Math.max(...runs.map((run) => run.probeMaxMs))),
    };
  };
  const baseline = await timed(portalQuery, portalVariables);
  progress(`README portal query: ${baseline.requestMs} ms`);
  const everydayResult = {};
  for (const [name, res] of Object.entries(everyday)) {
    everydayResult[name] = passes(res) ? 'answered' : `refused ${res.status}`;
    progress(`${name}: ${everydayResult[name]}`);
  }

  const issue = `units(${P100}) { children { children { parent { name } } } }`;
  const floods = {};
  for (const count of [200, 30]) {
    const start = performance.now();
    const res = await post(aliases(count, issue), { run: true });
    floods[`${count} aliases`] = {
      status: res.status,
      ms: round(performance.now() - start),
      message: res.body.errors?.[0]?.message,
    };
    progress(`issue flood, ${count} aliases: ${res.status} in ${floods[`${count} aliases`].ms} ms`);
  }

  const shapes = [];
  for (const [name, body] of Object.entries(SHAPES)) {
    // the largest number of copies accepted, up to 200
    let count = 0;
    for (const n of [200, 100, 50, 30, 20, 15, 10, 8, 6, 5, 4, 3, 2, 1]) {
      const res = await post(aliases(n, body));
      if (res.body.errors?.length === 1 && res.body.errors[0].message.includes('"$run"')) {
        count = n;
        break;
      }
    }
    if (count === 0) {
      progress(`${name}: refused even once`);
      shapes.push({ name, aliases: 0 });
      continue;
    }
    const result = { name, aliases: count, ...(await timed(aliases(count, body), { run: true })) };
    progress(
      `${name} × ${count}: request ${result.requestMs} ms, event loop held ${result.eventLoopMaxMs} ms at most, a cheap request meanwhile waited ${result.probeMaxMs} ms at most`
    );
    shapes.push(result);
  }
  // Filters are arguments: neither the cost nor the depth limit sees them, on REST either.
  const restFilter = await timed(async () => {
    const res = await fetch(
      `${base}/api/articles?filters[unit][parent][children][parent][children][name][$containsi]=x&pagination[pageSize]=100&fields[0]=title`
    );
    await res.arrayBuffer();
    return res.status === 200;
  });
  progress(`REST, the same filter through five relations: ${restFilter.requestMs} ms`);
  const worst = shapes.reduce((a, b) => ((b.requestMs ?? 0) > (a.requestMs ?? 0) ? b : a));
  return {
    loadAverage: os.loadavg().map((load) => round(load)),
    data: { units: UNITS, articles: ARTICLES },
    baseline: { 'README portal query': baseline },
    limits: {
      aliases: process.env.GRAPHQL_MAX_ALIASES ?? 'default',
      cost: process.env.GRAPHQL_MAX_COST ?? 'default',
      depth: process.env.GRAPHQL_DEPTH_LIMIT ?? 'default',
      tokens: process.env.GRAPHQL_MAX_TOKENS ?? 'default',
    },
    everyday: everydayResult,
    floods,
    shapes,
    rest: { 'filter through five relations': restFilter },
    worst: {
      name: worst.name,
      requestMs: worst.requestMs,
      eventLoopMaxMs: worst.eventLoopMaxMs,
      probeMaxMs: worst.probeMaxMs,
      ratioToTarget: round(worst.requestMs / TARGET_MS),
      ratioToPortalQuery: round(worst.requestMs / baseline.requestMs),
    },
  };
};

const main = async () => {
  progress(`creating database ${dbName}`);
  await withAdmin(`CREATE DATABASE "${dbName}"`);
  let strapi;
  try {
    strapi = await createStrapi({
      appDir: root,
      distDir: dist,
      autoReload: false,
      serveAdminPanel: false,
    }).load();
    await strapi.server.mount();
    await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = strapi.server.httpServer.address();
    progress(`loading ${UNITS} units and ${ARTICLES} published articles`);
    const units = await loadUnits(strapi);
    await loadArticles(strapi, units);
    progress('loaded');
    const result = await bench(strapi, `http://127.0.0.1:${port}`);
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
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  }
);
