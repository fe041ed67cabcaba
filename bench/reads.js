'use strict';

// Public reads: ours (the app from dist/, uncached and with its response cache) against stock
// Strapi 5 with the same schemas and against a floor of one hand-written SQL query per case, on
// PostgreSQL with 10k and 1M article rows. See bench/README.md, "Public reads".
// Usage: npm run bench:reads -- [--sizes=10000,1000000] [--quick] [--keep] [--rounds=4]
//   [--soak-minutes=10] [--stock-soak-minutes=2] [--soak-sizes=<sizes with a soak; default the largest>]
// TEST_PG_ADMIN_URL=postgres://… picks another server.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { load, SITE, COLUMN, TOPIC } = require('./reads/load');
const { generate } = require('./reads/stock-app');
const { send, latency, throughput, quantile, median } = require('./reads/http');
const { targets } = require('./reads/targets');
const {
  admin,
  dbUrl,
  floorSpec,
  oursSpec,
  rebuildReadModel,
  startServer,
  stockSpec,
  withClient,
  UNCACHED,
} = require('./reads/servers');
const { compileApp, flag, progress, stamp } = require('./reads/cli');
const { explain, statementsOf } = require('./reads/plans');

const QUICK = flag('quick', false) === true;
const KEEP = flag('keep', false) === true;
const SIZES = String(flag('sizes', QUICK ? '10000' : '10000,1000000'))
  .split(',')
  .map(Number);
const ROUNDS = Number(flag('rounds', QUICK ? 1 : 4));
const SOAK_MINUTES = Number(flag('soak-minutes', QUICK ? 0.25 : 10));
const STOCK_SOAK_MINUTES = Number(flag('stock-soak-minutes', QUICK ? 0.25 : 2));
const SOAK_SIZES = String(flag('soak-sizes', String(Math.max(...SIZES))))
  .split(',')
  .map(Number);
const BOOTS = QUICK ? 1 : 3;
const LATENCY = QUICK ? { count: 5, budgetMs: 1000 } : { count: 15, budgetMs: 2500 };
const THROUGHPUT = { connections: 4, durationMs: QUICK ? 500 : 1500 };

const root = path.resolve(__dirname, '..');

// ---------------------------------------------------------------------------------------------
// The cases

const PORTAL_REST = (site, page = 1) =>
  `/api/articles?filters[$and][0][$or][0][unit][slug][$eq]=${site}&filters[$and][0][$or][1][sharedWithSubunits][$eq]=true&filters[$and][0][$or][1][$or][0][unit][children][slug][$eq]=${site}&filters[$and][0][$or][1][$or][1][unit][parent][children][slug][$eq]=${site}&filters[$and][0][$or][1][$or][1][unit][kind][$ne]=people_committee&filters[$and][1][$or][0][column][slug][$eq]=${COLUMN}&filters[$and][1][$or][1][topics][slug][$eq]=${TOPIC}&sort[0]=publishedAt:desc&pagination[page]=${page}&pagination[pageSize]=10&populate[unit][fields][0]=name&populate[cover][fields][0]=url`;
const PORTAL_QUERY = `query Portal($site: String!, $column: String!, $topic: String!, $page: Int!) {
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
const graphql = (query, variables) => ({
  method: 'POST',
  path: '/graphql',
  body: variables ? { query, variables } : { query },
});
const portalGraphql = (site, page = 1) =>
  graphql(PORTAL_QUERY, { site, column: COLUMN, topic: TOPIC, page });
const SITE_QUERY = (site) =>
  `{ siteArticles(site: "${site}", sort: ["publishedAt:desc"], pagination: { pageSize: 10 }) { title slug unit { name } } }`;
const LIST_PATH =
  '/api/articles?sort=publishedAt:desc&pagination[pageSize]=25&populate[unit][fields][0]=name';
const COLUMN_PATH = (column = COLUMN) =>
  `/api/articles?filters[column][slug][$eq]=${column}&sort=publishedAt:desc&pagination[pageSize]=10&populate[unit][fields][0]=name`;
const SITE_PATH = (site) =>
  `/api/articles?site=${site}&sort=publishedAt:desc&pagination[pageSize]=10`;
const FEED_PATH = '/api/feeds/rss.xml';

const parse = (response) => {
  try {
    return JSON.parse(response.text);
  } catch {
    return null;
  }
};
/** How many items a list answer holds, and its total, whatever its shape. */
const itemsOf = (response) => {
  const json = parse(response);
  if (!json) {
    return null;
  }
  if (Array.isArray(json.data)) {
    return { count: json.data.length, total: json.meta?.pagination?.total };
  }
  const data = json.data && Object.values(json.data)[0];
  if (Array.isArray(data)) {
    return { count: data.length, total: undefined };
  }
  if (data && Array.isArray(data.nodes)) {
    return { count: data.nodes.length, total: data.pageInfo?.total };
  }
  return null;
};

const checker =
  ({ status = 200, expect, kind = 'json', cacheHit = false }) =>
  (response) => {
    if (response.status !== status) {
      return `status ${response.status}: ${response.text.slice(0, 300)}`;
    }
    if (status === 304) {
      return null;
    }
    if (!response.text) {
      return 'empty body';
    }
    if (cacheHit && response.headers['x-cache'] !== 'hit') {
      return `X-Cache ${response.headers['x-cache'] ?? 'absent'}`;
    }
    if (kind === 'xml') {
      return response.text.includes('<item>') ? null : 'feed without items';
    }
    if (kind === 'write') {
      return parse(response)?.data?.documentId
        ? null
        : `no document: ${response.text.slice(0, 200)}`;
    }
    const json = parse(response);
    if (json?.errors) {
      return `GraphQL errors: ${JSON.stringify(json.errors).slice(0, 300)}`;
    }
    const items = itemsOf(response);
    if (!items || items.count === 0) {
      return `no items: ${response.text.slice(0, 200)}`;
    }
    if (
      expect &&
      (items.count !== expect.count ||
        (expect.total !== undefined && items.total !== undefined && items.total !== expect.total))
    ) {
      return `items ${items.count}/total ${items.total}, floor has ${expect.count}/${expect.total}`;
    }
    return null;
  };

/**
 * The cases: for each, the servers it runs on with the request each gets. `expect` is filled
 * from the floor before the rounds.
 */
const casesFor = (ctx) => {
  const write = (server) => (i) => ({
    method: 'PUT',
    path: `/api/articles/${ctx.writable[i % ctx.writable.length]}?status=draft`,
    headers: { authorization: `Bearer ${server.token}` },
    body: { data: { title: `Tin cải cách hành chính (sửa ${i} lúc ${Date.now()})` } },
  });
  const get = (p, headers) => () => ({ path: p, headers });
  return [
    {
      key: 'list',
      label: 'REST list, 25 newest + unit name',
      on: {
        ours: get(LIST_PATH),
        'ours-cached': get(LIST_PATH),
        stock: get(LIST_PATH),
        floor: get('/list'),
      },
      expectFrom: 'floor',
    },
    {
      key: 'portal-rest',
      label: 'Portal question, REST',
      on: {
        ours: get(PORTAL_REST(SITE)),
        'ours-cached': get(PORTAL_REST(SITE)),
        stock: get(PORTAL_REST(SITE)),
        floor: get(`/portal?site=${SITE}&column=${COLUMN}&topic=${TOPIC}`),
      },
      expectFrom: 'floor',
    },
    {
      key: 'portal-graphql',
      label: 'Portal question, GraphQL',
      on: {
        ours: () => portalGraphql(SITE),
        'ours-cached': () => portalGraphql(SITE),
        stock: () => portalGraphql(SITE),
        floor: get(`/portal?site=${SITE}&column=${COLUMN}&topic=${TOPIC}&shape=graphql`),
      },
      expectFrom: 'floor',
      cacheHitOn: ['ours-cached'],
    },
    {
      key: 'site-rest',
      label: 'site= REST, 10 newest',
      on: { ours: get(SITE_PATH(SITE)), 'ours-cached': get(SITE_PATH(SITE)) },
    },
    {
      key: 'site-graphql',
      label: 'siteArticles GraphQL, 10 newest',
      on: { ours: () => graphql(SITE_QUERY(SITE)), 'ours-cached': () => graphql(SITE_QUERY(SITE)) },
    },
    {
      key: 'column',
      label: 'Column page, 10 newest + unit name',
      on: {
        ours: get(COLUMN_PATH()),
        'ours-cached': get(COLUMN_PATH()),
        stock: get(COLUMN_PATH()),
        floor: get(`/column?column=${COLUMN}`),
      },
      expectFrom: 'floor',
    },
    {
      key: 'feed-full',
      label: 'RSS feed, full render (no response cache)',
      kind: 'xml',
      on: { ours: get(FEED_PATH), floor: get('/rss') },
    },
    {
      key: 'feed-cached',
      label: 'RSS feed, response cache',
      kind: 'xml',
      on: { 'ours-cached': get(FEED_PATH) },
    },
    {
      key: 'feed-304-no-cache',
      label: 'RSS feed, If-None-Match + Cache-Control: no-cache',
      status: 304,
      on: {
        ours: () => ({
          path: FEED_PATH,
          headers: { 'if-none-match': ctx.etags.ours, 'cache-control': 'no-cache' },
        }),
      },
    },
    {
      key: 'feed-304',
      label: 'RSS feed, If-None-Match only',
      status: 304,
      on: {
        ours: () => ({ path: FEED_PATH, headers: { 'if-none-match': ctx.etags.ours } }),
        'ours-cached': () => ({
          path: FEED_PATH,
          headers: { 'if-none-match': ctx.etags['ours-cached'] },
        }),
      },
    },
    {
      key: 'draft-save',
      label: 'Draft save, PUT ?status=draft (full-access token)',
      kind: 'write',
      on: { ours: write(ctx.servers.ours), stock: write(ctx.servers.stock) },
    },
  ];
};

// ---------------------------------------------------------------------------------------------
// Statements per request and plans

/** The plan lines worth quoting: execution time, index use, top-level rows. */
const keyLines = (plan) =>
  plan
    .filter((line, i) => i === 0 || /Index|Seq Scan|Execution Time|Sort Method|Bitmap/.test(line))
    .map((line) => line.trim())
    .slice(0, 8);

// ---------------------------------------------------------------------------------------------
// One size

const summarise = (samples) => {
  const ms = samples.flatMap((s) => s.latency.ms);
  const rps = samples.map((s) => s.throughput.rps);
  const errors = samples.flatMap((s) => [...s.latency.errors, ...s.throughput.errors]);
  return {
    p50Ms: ms.length ? Number(median(ms).toFixed(2)) : null,
    p90Ms: ms.length ? Number(quantile(ms, 0.9).toFixed(2)) : null,
    rps: rps.length ? Number(median(rps).toFixed(1)) : null,
    latencySamples: ms.length,
    throughputRequests: samples.reduce((n, s) => n + s.throughput.requests, 0),
    errors: errors.length,
    firstErrors: [...new Set(errors)].slice(0, 3),
  };
};

const mixedRequests = (ctx) => {
  const sites = ctx.communes;
  return (i) => {
    const site = sites[i % sites.length];
    const page = 1 + (Math.floor(i / sites.length) % 3);
    switch (i % 6) {
      case 0:
        return { path: LIST_PATH };
      case 1:
        return { path: PORTAL_REST(site, page) };
      case 2:
        return portalGraphql(site, page);
      case 3:
        return { path: SITE_PATH(site) };
      case 4:
        return { path: COLUMN_PATH(ctx.columns[i % ctx.columns.length]) };
      default:
        return { path: `${FEED_PATH}?site=${site}` };
    }
  };
};

const soak = async (server, makeRequest, minutes, label) => {
  const samples = [];
  const errors = [];
  let requests = 0;
  const end = performance.now() + minutes * 60_000;
  let i = 0;
  const sampler = setInterval(() => samples.push(server.rss()), 5000);
  const worker = async () => {
    while (performance.now() < end) {
      i += 1;
      try {
        const response = await send(server.port, makeRequest(i));
        requests += 1;
        if (response.status !== 200 || !response.text) {
          errors.push(`status ${response.status}: ${response.text.slice(0, 200)}`);
        }
      } catch (error) {
        errors.push(String(error.message ?? error));
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  clearInterval(sampler);
  samples.push(server.rss());
  progress(`  ${label}: ${requests} requests in ${minutes} min, ${errors.length} errors`);
  return {
    minutes,
    requests,
    errors: errors.length,
    firstErrors: [...new Set(errors)].slice(0, 3),
    rssMb: samples.map((x) => Number(x.toFixed(1))),
    peakMb: Number(Math.max(...samples).toFixed(1)),
    endMb: Number(samples[samples.length - 1].toFixed(1)),
  };
};

const runSize = async (size, stockDir) => {
  const ours = `cchc_reads_${size}_${stamp}`;
  const stock = `cchc_reads_stock_${size}_${stamp}`;
  const result = { size, databases: { ours, stock } };
  progress(`== ${size} rows: creating ${ours}`);
  await admin(`CREATE DATABASE "${ours}"`);
  const running = [];
  try {
    // 1. ours creates its schema (and runs its migrations) on the empty database
    const first = await startServer('ours (empty)', oursSpec(ours));
    result.emptyBootMs = Math.round(first.bootMs);
    await first.stop();
    // 2. the data, set-based
    progress(`loading ${size} article rows`);
    const loadStarted = performance.now();
    result.data = await withClient(dbUrl(ours), (client) => load(client, size, progress));
    result.data.loadSeconds = Number(((performance.now() - loadStarted) / 1000).toFixed(1));
    progress(`loaded ${JSON.stringify(result.data)}`);
    // 3. the operator's refresh after a bulk load
    result.readModelRebuildSeconds = rebuildReadModel(ours);
    await withClient(dbUrl(ours), async (client) => {
      await client.query('ANALYZE');
      const { rows } = await client.query(
        `SELECT (SELECT count(*)::int FROM cchc_read_items) AS items, (SELECT count(*)::int FROM cchc_read_links) AS links`
      );
      result.readModel = rows[0];
    });
    progress(
      `read model rebuilt in ${result.readModelRebuildSeconds} s: ${JSON.stringify(result.readModel)}`
    );
    // 4. stock on a copy; its first boot alters the schema
    progress(`copying to ${stock}`);
    await admin(`CREATE DATABASE "${stock}" TEMPLATE "${ours}"`);
    const stockFirst = await startServer('stock (first)', stockSpec(stock, stockDir));
    result.stockFirstBootMs = Math.round(stockFirst.bootMs);
    await stockFirst.stop();
    await withClient(dbUrl(stock), (client) => client.query('ANALYZE'));
    // 5. boot times on loaded data, alternating
    const boots = { ours: [], stock: [] };
    for (let i = 0; i < BOOTS; i += 1) {
      for (const [name, spec] of [
        ['ours', oursSpec(ours)],
        ['stock', stockSpec(stock, stockDir)],
      ]) {
        const server = await startServer(name, spec);
        boots[name].push(server.bootMs);
        await server.stop();
      }
    }
    result.boot = {
      oursMs: Math.round(median(boots.ours)),
      stockMs: Math.round(median(boots.stock)),
      oursAll: boots.ours.map(Math.round),
      stockAll: boots.stock.map(Math.round),
    };
    result.boot.ratio = Number((result.boot.oursMs / result.boot.stockMs).toFixed(2));
    progress(`boot: ours ${result.boot.oursMs} ms, stock ${result.boot.stockMs} ms`);

    // 6. the four servers
    const servers = {};
    for (const [name, spec] of [
      ['ours', oursSpec(ours, UNCACHED)],
      ['ours-cached', oursSpec(ours)],
      ['stock', stockSpec(stock, stockDir)],
      ['floor', floorSpec(ours)],
    ]) {
      servers[name] = await startServer(name, spec);
      running.push(servers[name]);
    }
    const ctx = { servers, etags: {} };
    await withClient(dbUrl(ours), async (client) => {
      const { rows: writable } = await client.query(
        `SELECT document_id FROM articles WHERE published_at IS NOT NULL ORDER BY id DESC LIMIT 200`
      );
      ctx.writable = writable.map((r) => r.document_id);
      const { rows: communes } = await client.query(
        `SELECT slug FROM units WHERE kind = 'people_committee' AND level = 'commune' ORDER BY id LIMIT 50`
      );
      ctx.communes = communes.map((r) => r.slug);
      const { rows: columns } = await client.query(`SELECT slug FROM columns ORDER BY id`);
      ctx.columns = columns.map((r) => r.slug);
    });
    const cases = casesFor(ctx);

    // 7. expectations from the floor, ETags, warm-up, statements per request
    const expect = {};
    for (const c of cases.filter((x) => x.expectFrom)) {
      const response = await send(servers.floor.port, c.on.floor(0));
      expect[c.key] = itemsOf(response);
    }
    result.expect = expect;
    for (const name of ['ours', 'ours-cached']) {
      const response = await send(servers[name].port, { path: FEED_PATH });
      ctx.etags[name] = response.headers.etag;
    }
    result.etags = ctx.etags;
    progress('warming up');
    for (const c of cases) {
      for (const [name, make] of Object.entries(c.on)) {
        for (let i = 0; i < 3; i += 1) {
          await send(servers[name].port, make(i)).catch(() => null);
        }
      }
    }
    result.rssAfterWarmupMb = Object.fromEntries(
      ['ours', 'ours-cached', 'stock'].map((name) => [name, Number(servers[name].rss().toFixed(1))])
    );
    result.statements = {};
    result.plans = {};
    result.planKeyLines = {};
    for (const c of cases) {
      result.statements[c.key] = {};
      for (const name of ['ours', 'stock', 'floor', 'ours-cached']) {
        if (!c.on[name]) {
          continue;
        }
        if (name === 'floor') {
          const before = JSON.parse(
            (await send(servers.floor.port, { path: '/stats' })).text
          ).count;
          await send(servers.floor.port, c.on.floor(0));
          const after = JSON.parse((await send(servers.floor.port, { path: '/stats' })).text).count;
          result.statements[c.key].floor = after - before;
          continue;
        }
        const measured = await statementsOf(servers[name], c.on[name](1000));
        result.statements[c.key][name] = measured.count;
        if (
          name === 'ours' &&
          ['list', 'portal-graphql', 'portal-rest', 'site-rest'].includes(c.key)
        ) {
          result.plans[c.key] = await explain(ours, measured.statements);
          result.planKeyLines[c.key] = result.plans[c.key].map((p) =>
            p.plan ? keyLines(p.plan) : [`error: ${p.error}`]
          );
        }
        if (
          name === 'ours' &&
          ['list', 'portal-graphql', 'site-rest', 'draft-save'].includes(c.key)
        ) {
          result.statements[`${c.key}:sql`] = measured.statements.map((s) => s.sql);
        }
      }
    }
    progress(
      `statements per request: ${JSON.stringify(
        Object.fromEntries(Object.entries(result.statements).filter(([k]) => !k.endsWith(':sql')))
      )}`
    );

    // 8. interleaved rounds
    const samples = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      progress(`round ${round + 1}/${ROUNDS}`);
      for (const c of cases) {
        for (const name of ['ours', 'stock', 'floor', 'ours-cached']) {
          const make = c.on[name];
          if (!make) {
            continue;
          }
          const check = checker({
            status: c.status,
            kind: c.kind,
            expect: expect[c.key],
            cacheHit: (c.cacheHitOn ?? []).includes(name),
          });
          const port = servers[name].port;
          const lat = await latency(port, make, LATENCY, check);
          const tp = await throughput(port, make, THROUGHPUT, check);
          const key = `${c.key}|${name}`;
          (samples[key] ??= []).push({ latency: lat, throughput: tp });
        }
      }
    }
    result.cases = {};
    for (const c of cases) {
      result.cases[c.key] = { label: c.label };
      for (const name of Object.keys(c.on)) {
        result.cases[c.key][name] = summarise(samples[`${c.key}|${name}`] ?? []);
      }
    }
    for (const [key, value] of Object.entries(result.cases)) {
      for (const [name, s] of Object.entries(value)) {
        if (name !== 'label' && s.errors > 0) {
          progress(`  ERRORS ${key} on ${name}: ${s.errors} (${s.firstErrors.join(' | ')})`);
        }
      }
    }

    // 9. memory: ours-cached and stock under a mixed load
    if (SOAK_SIZES.includes(size) && SOAK_MINUTES > 0) {
      const mixed = mixedRequests(ctx);
      result.memory = { oursCachedAfterWarmupMb: result.rssAfterWarmupMb['ours-cached'] };
      result.memory.oursCachedBeforeSoakMb = Number(servers['ours-cached'].rss().toFixed(1));
      progress(`soak: ours-cached for ${SOAK_MINUTES} min`);
      result.memory.oursCached = await soak(
        servers['ours-cached'],
        mixed,
        SOAK_MINUTES,
        'ours-cached'
      );
      progress(`soak: stock for ${STOCK_SOAK_MINUTES} min`);
      const stockMixed = (i) => {
        const request = mixed(i);
        // stock has no site= and no feeds: the plain-filter forms of the same reads
        if (request.path?.includes('site=')) {
          return { path: PORTAL_REST(ctx.communes[i % ctx.communes.length]) };
        }
        if (request.path?.startsWith(FEED_PATH)) {
          return { path: LIST_PATH };
        }
        return request;
      };
      result.memory.stock = await soak(servers.stock, stockMixed, STOCK_SOAK_MINUTES, 'stock');
    }
    return result;
  } finally {
    for (const server of running) {
      await server.stop();
    }
    if (KEEP) {
      progress(`kept databases ${ours}, ${stock}`);
    } else {
      await admin(`DROP DATABASE IF EXISTS "${stock}" WITH (FORCE)`);
      await admin(`DROP DATABASE IF EXISTS "${ours}" WITH (FORCE)`);
      progress(`dropped ${ours}, ${stock}`);
    }
  }
};

// ---------------------------------------------------------------------------------------------
// Targets and the table

const pad = (s, n) => String(s ?? '–').padEnd(n);
const printTable = (results, rows) => {
  const out = [];
  for (const r of results) {
    out.push(`\n${r.size} article rows (${r.data.published} published, ${r.data.units} units)`);
    out.push(
      `${pad('case', 44)}${['ours', 'ours-cached', 'stock', 'floor'].map((n) => pad(`${n} p50/p90 ms, rps`, 30)).join('')}`
    );
    for (const [key, value] of Object.entries(r.cases)) {
      const cells = ['ours', 'ours-cached', 'stock', 'floor'].map((n) => {
        const s = value[n];
        if (!s) {
          return pad('', 30);
        }
        return pad(`${s.p50Ms}/${s.p90Ms}, ${s.rps}${s.errors ? ` (${s.errors} err)` : ''}`, 30);
      });
      out.push(`${pad(key, 44)}${cells.join('')}`);
    }
    out.push(
      `statements/request: ${JSON.stringify(Object.fromEntries(Object.entries(r.statements).filter(([k]) => !k.endsWith(':sql'))))}`
    );
    out.push(`boot: ours ${r.boot.oursMs} ms, stock ${r.boot.stockMs} ms`);
  }
  out.push('\ntargets');
  for (const row of rows) {
    out.push(
      `${pad(row.size, 16)}${pad(row.what, 62)}${pad(row.value, 8)}${pad(row.target, 8)}${row.met}`
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
};

const main = async () => {
  compileApp();
  const stockDir = fs.mkdtempSync(path.join(os.tmpdir(), `cchc-stock-${stamp}-`));
  const stockApp = generate(root, stockDir);
  progress(
    `stock app in ${stockDir} (${stockApp.types.length} types; removed ${stockApp.removed.length} attributes)`
  );
  const results = [];
  try {
    for (const size of SIZES) {
      results.push(await runSize(size, stockDir));
      const partial = path.join(__dirname, 'results', `reads-${stamp}-partial.json`);
      fs.mkdirSync(path.dirname(partial), { recursive: true });
      fs.writeFileSync(partial, JSON.stringify(results, null, 2));
    }
  } finally {
    // the node_modules link first, so that nothing can follow it
    fs.unlinkSync(path.join(stockDir, 'node_modules'));
    fs.rmSync(stockDir, { recursive: true, force: true });
  }
  const rows = targets(results);
  printTable(results, rows);
  const file = path.join(__dirname, 'results', `reads-${stamp}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        startedAt: stamp,
        options: {
          SIZES,
          ROUNDS,
          QUICK,
          SOAK_MINUTES,
          STOCK_SOAK_MINUTES,
          SOAK_SIZES,
          LATENCY,
          THROUGHPUT,
          BOOTS,
        },
        machine: {
          cpus: os.cpus().length,
          memoryMb: Math.round(os.totalmem() / 2 ** 20),
          node: process.version,
        },
        stockRemovedAttributes: stockApp.removed,
        targets: rows,
        results,
      },
      null,
      2
    )
  );
  progress(`wrote ${path.relative(root, file)}`);
  fs.rmSync(path.join(__dirname, 'results', `reads-${stamp}-partial.json`), { force: true });
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  }
);
