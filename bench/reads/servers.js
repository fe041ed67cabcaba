'use strict';

// The benchmarks' servers: ours from dist/, the generated stock app, the floor, each a forked
// child on a free loopback port, on a PostgreSQL database of 127.0.0.1:5432 (or TEST_PG_ADMIN_URL).
const fs = require('fs');
const net = require('net');
const path = require('path');
const { fork, spawnSync } = require('child_process');
const { performance } = require('perf_hooks');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..', '..');
const { benchDist: dist } = require('./cli');
const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = (name) => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

const withClient = async (url, fn) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};
const admin = (sql) => withClient(adminUrl, (client) => client.query(sql));

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// Fixed secrets; the scheduler, speech jobs and reminders off (they tick on their own and would
// muddle statement counts); rate limits off (one client measures throughput).
const SECRETS = {
  APP_KEYS: 'benchReadsKeyA,benchReadsKeyB',
  API_TOKEN_SALT: 'bench-reads-api-token-salt',
  ADMIN_JWT_SECRET: 'bench-reads-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'bench-reads-transfer-token-salt',
  JWT_SECRET: 'bench-reads-jwt-secret',
  ENCRYPTION_KEY: 'bench-reads-encryption-key',
};
const strapiEnv = (database, extra = {}) => {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(REDIS_URL|RESPONSE_CACHE_|READ_MODEL_|PUBLIC_URL|PORT|HOST$)/.test(key)) {
      delete env[key];
    }
  }
  return {
    ...env,
    ...SECRETS,
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: dbUrl(database),
    NODE_ENV: 'production',
    SEED_DEMO_ON_EMPTY_DB: 'false',
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_STARTUP_BANNER: 'false',
    LOG_LEVEL: 'error',
    SCHEDULER_ENABLED: 'false',
    SPEECH_ENABLED: 'false',
    REPORT_REMINDERS_ENABLED: 'false',
    RATE_LIMIT_ENABLED: 'false',
    ...extra,
  };
};

let requestId = 0;
/** Forks a server and waits for it to listen. */
const startServer = async (name, { script, args, env, cwd }) => {
  const port = await freePort();
  const forkedAt = performance.now();
  const child = fork(script, [...args, String(port)], {
    env,
    cwd,
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const ready = await new Promise((resolve, reject) => {
    const onExit = (code) =>
      reject(new Error(`${name} exited with ${code} before listening:\n${stderr.slice(-4000)}`));
    child.once('exit', onExit);
    child.on('message', function onReady(message) {
      if (message.type === 'ready') {
        child.off('message', onReady);
        child.off('exit', onExit);
        resolve(message);
      }
    });
  });
  const server = {
    name,
    port,
    pid: child.pid,
    token: ready.token,
    bootMs: ready.listeningMs,
    readyMs: performance.now() - forkedAt,
    stderr: () => stderr,
    stats: (last = 50) =>
      new Promise((resolve) => {
        requestId += 1;
        const id = requestId;
        child.on('message', function onStats(message) {
          if (message.type === 'stats' && message.id === id) {
            child.off('message', onStats);
            resolve(message);
          }
        });
        child.send({ type: 'stats', id, last });
      }),
    rss: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: 'stop' });
      }),
  };
  return server;
};

const SERVER_SCRIPT = path.join(__dirname, 'server.js');
const FLOOR_SCRIPT = path.join(__dirname, 'floor.js');
const oursSpec = (database, extra) => ({
  script: SERVER_SCRIPT,
  args: [root, dist],
  env: strapiEnv(database, extra),
  cwd: root,
});
const stockSpec = (database, stockDir) => ({
  script: SERVER_SCRIPT,
  args: [stockDir, stockDir],
  env: strapiEnv(database),
  cwd: stockDir,
});
const floorSpec = (database) => ({
  script: FLOOR_SCRIPT,
  args: [dbUrl(database)],
  env: process.env,
  cwd: root,
});
const UNCACHED = { RESPONSE_CACHE_ENABLED: 'false' };

/** The operator's refresh after a bulk load (read model and search index); its seconds. */
const rebuildReadModel = (database) => {
  const t = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'read-model.js'), 'rebuild'],
    {
      cwd: root,
      env: strapiEnv(database),
      encoding: 'utf8',
    }
  );
  if (run.status !== 0) {
    throw new Error(`read-model rebuild failed: ${run.stderr}\n${run.stdout}`);
  }
  return Number(((performance.now() - t) / 1000).toFixed(1));
};

module.exports = {
  rebuildReadModel,
  adminUrl,
  dbUrl,
  withClient,
  admin,
  strapiEnv,
  startServer,
  oursSpec,
  stockSpec,
  floorSpec,
  UNCACHED,
};
