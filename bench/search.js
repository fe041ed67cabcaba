'use strict';

// Search at a million rows on PostgreSQL: ours (`/api/search`, response cache off) against stock
// Strapi's `_q` on the same data and a `LIKE '%…%'` floor (one hand-written query and its count),
// in interleaved rounds. See bench/README.md, "Search".
// Usage: npm run bench:search -- [--sizes=10000,1000000] [--rounds=5] [--no-stock] [--keep]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { load } = require('./reads/load');
const { generate } = require('./reads/stock-app');
const { send, quantile, median } = require('./reads/http');
const {
  admin,
  dbUrl,
  oursSpec,
  rebuildReadModel,
  startServer,
  stockSpec,
  withClient,
  UNCACHED,
} = require('./reads/servers');
const { compileApp, flag, progress, stamp } = require('./reads/cli');
const { explain, statementsOf } = require('./reads/plans');
const { textsSql, QUERIES, PREFIXES } = require('./search/texts');

const SIZES = String(flag('sizes', '10000,1000000')).split(',').map(Number);
const ROUNDS = Number(flag('rounds', 5));
const STOCK = flag('no-stock', false) !== true;
const KEEP = flag('keep', false) === true;

const root = path.resolve(__dirname, '..');

const searchPath = (q) => `/api/search?q=${encodeURIComponent(q)}&pageSize=10`;
const suggestPath = (q) => `/api/search/suggest?q=${encodeURIComponent(q)}`;
const stockPath = (q) =>
  `/api/articles?_q=${encodeURIComponent(q)}&sort=publishedAt:desc&pagination[pageSize]=10`;

/** The floor: what a hand-written `LIKE` search costs, a page and its count, in one round trip each. */
const LIKE_PAGE = `SELECT id, document_id, title FROM articles WHERE published_at IS NOT NULL
  AND (title ILIKE $1 OR summary ILIKE $1 OR body::text ILIKE $1) ORDER BY published_at DESC, id DESC LIMIT 10`;
const LIKE_COUNT = `SELECT count(*)::int AS n FROM articles WHERE published_at IS NOT NULL
  AND (title ILIKE $1 OR summary ILIKE $1 OR body::text ILIKE $1)`;

const likeFloor = async (client, q) => {
  const t = performance.now();
  const pattern = `%${q}%`;
  await client.query(LIKE_PAGE, [pattern]);
  const { rows } = await client.query(LIKE_COUNT, [pattern]);
  return { ms: performance.now() - t, total: rows[0].n };
};

const timed = async (server, requestPath) => {
  const response = await send(server.port, { path: requestPath });
  if (response.status !== 200) {
    throw new Error(
      `${server.name} ${requestPath}: ${response.status} ${response.text.slice(0, 300)}`
    );
  }
  const json = JSON.parse(response.text);
  return { ms: response.ms, total: json.meta?.pagination?.total ?? json.data?.length ?? 0 };
};

const summary = (ms) => ({
  p50: Number(median(ms).toFixed(1)),
  p99: Number(quantile(ms, 0.99).toFixed(1)),
  n: ms.length,
});

/** Rounds in which every query runs on every side in turn, so the machine's load hits all alike. */
const measure = async (servers, database) => {
  const ms = { ours: [], stock: [], like: [], suggest: [] };
  const perQuery = Object.fromEntries(QUERIES.map((q) => [q, { ours: [], stock: [], like: [] }]));
  const totals = {};
  await withClient(dbUrl(database), async (client) => {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const q of QUERIES) {
        const ours = await timed(servers.ours, searchPath(q));
        const like = await likeFloor(client, q);
        ms.ours.push(ours.ms);
        ms.like.push(like.ms);
        perQuery[q].ours.push(ours.ms);
        perQuery[q].like.push(like.ms);
        totals[q] = { ours: ours.total, like: like.total };
        if (servers.stock) {
          const stock = await timed(servers.stock, stockPath(q));
          ms.stock.push(stock.ms);
          perQuery[q].stock.push(stock.ms);
          totals[q].stock = stock.total;
        }
      }
      for (const q of PREFIXES) {
        ms.suggest.push((await timed(servers.ours, suggestPath(q))).ms);
      }
      progress(
        `  round ${round + 1}/${ROUNDS}: ours p50 ${median(ms.ours).toFixed(1)} ms, LIKE p50 ${median(ms.like).toFixed(1)} ms`
      );
    }
  });
  return {
    overall: Object.fromEntries(
      Object.entries(ms)
        .filter(([, xs]) => xs.length > 0)
        .map(([side, xs]) => [side, summary(xs)])
    ),
    queries: QUERIES.map((q) => ({
      q,
      oursMs: Number(median(perQuery[q].ours).toFixed(1)),
      likeMs: Number(median(perQuery[q].like).toFixed(1)),
      stockMs: perQuery[q].stock.length ? Number(median(perQuery[q].stock).toFixed(1)) : null,
      ...totals[q],
    })),
  };
};

const plansOf = async (server, database) => {
  const plans = {};
  for (const [name, requestPath] of [
    ['common words, no marks', searchPath('thu tuc truc tuyen')],
    ['marked phrase', searchPath('nộp hồ sơ qua bưu điện')],
    ['suggest', suggestPath('thu tuc tr')],
  ]) {
    const { statements } = await statementsOf(server, { path: requestPath });
    plans[name] = await explain(
      database,
      statements.filter((s) => /cchc_search_docs/.test(s.sql))
    );
  }
  return plans;
};

const prepare = async (size, result) => {
  const ours = result.databases.ours;
  await admin(`CREATE DATABASE "${ours}"`);
  const first = await startServer('ours (empty)', oursSpec(ours));
  await first.stop();
  progress(`loading ${size} article rows`);
  result.data = await withClient(dbUrl(ours), (client) => load(client, size, progress));
  await withClient(dbUrl(ours), async (client) => {
    const t = performance.now();
    await client.query(textsSql());
    progress(`  texts (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  });
  result.rebuildSeconds = rebuildReadModel(ours);
  await withClient(dbUrl(ours), async (client) => {
    await client.query('VACUUM ANALYZE');
    const { rows } = await client.query(
      `SELECT count(*)::int AS rows, pg_size_pretty(pg_total_relation_size('cchc_search_docs')) AS size FROM cchc_search_docs`
    );
    result.searchIndex = rows[0];
  });
  progress(
    `search index rebuilt in ${result.rebuildSeconds} s: ${JSON.stringify(result.searchIndex)}`
  );
};

const runSize = async (size, stockDir) => {
  const result = {
    size,
    databases: {
      ours: `cchc_search_${size}_${stamp}`,
      stock: `cchc_search_stock_${size}_${stamp}`,
    },
  };
  const servers = {};
  try {
    await prepare(size, result);
    if (STOCK) {
      await admin(
        `CREATE DATABASE "${result.databases.stock}" TEMPLATE "${result.databases.ours}"`
      );
      servers.stock = await startServer('stock', stockSpec(result.databases.stock, stockDir));
    }
    servers.ours = await startServer('ours', oursSpec(result.databases.ours, UNCACHED));
    // one warm-up pass: the first request of each kind compiles and fills the pools
    for (const q of QUERIES.slice(0, 3)) {
      await timed(servers.ours, searchPath(q));
    }
    result.measured = await measure(servers, result.databases.ours);
    result.plans = await plansOf(servers.ours, result.databases.ours);
  } finally {
    for (const server of Object.values(servers)) {
      await server.stop();
    }
    if (!KEEP) {
      for (const name of Object.values(result.databases)) {
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    }
  }
  return result;
};

const main = async () => {
  compileApp();
  const stockDir = fs.mkdtempSync(path.join(os.tmpdir(), `cchc-stock-${stamp}-`));
  generate(root, stockDir);
  const results = [];
  try {
    for (const size of SIZES) {
      progress(`== ${size} rows`);
      results.push(await runSize(size, stockDir));
    }
  } finally {
    fs.unlinkSync(path.join(stockDir, 'node_modules'));
    fs.rmSync(stockDir, { recursive: true, force: true });
  }
  const file = path.join(__dirname, 'results', `search-${stamp}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        startedAt: stamp,
        options: { SIZES, ROUNDS, STOCK },
        machine: {
          cpus: os.cpus().length,
          memoryMb: Math.round(os.totalmem() / 2 ** 20),
          node: process.version,
        },
        results,
      },
      null,
      2
    )
  );
  for (const result of results) {
    process.stdout.write(`${result.size} rows: ${JSON.stringify(result.measured.overall)}\n`);
  }
  progress(`wrote ${path.relative(root, file)}`);
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  }
);
