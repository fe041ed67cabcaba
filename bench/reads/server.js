'use strict';

// Child process of bench/reads.js: boots a Strapi app (ours from dist/, or the generated stock
// app), listens on 127.0.0.1:<port>, counts SQL statements and answers the driver over IPC.
// argv: <appDir> <distDir> <port>
const { performance } = require('perf_hooks');
const { createStrapi } = require('@strapi/strapi');

const [appDir, distDir, portArg] = process.argv.slice(2);
const port = Number(portArg);
const LAST = 200;

const main = async () => {
  const started = performance.now();
  const strapi = await createStrapi({
    appDir,
    distDir,
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  let count = 0;
  const last = [];
  strapi.db.connection.on('query', (query) => {
    count += 1;
    last.push({ sql: query.sql, bindings: query.bindings ?? [] });
    if (last.length > LAST) {
      last.shift();
    }
  });
  await strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(port, '127.0.0.1', resolve));
  const listeningMs = performance.now() - started;
  let token = null;
  if (process.env.BENCH_CREATE_TOKEN !== 'false') {
    const created = await strapi.service('admin::api-token').create({
      name: `bench-reads-${process.pid}-${Date.now()}`,
      type: 'full-access',
      lifespan: null,
      description: '',
    });
    token = created.accessKey;
  }
  process.on('message', async (message) => {
    if (message.type === 'stats') {
      process.send({
        type: 'stats',
        id: message.id,
        count,
        last: last.slice(-(message.last ?? 50)),
      });
    } else if (message.type === 'stop') {
      try {
        await strapi.destroy();
      } finally {
        process.exit(0);
      }
    }
  });
  process.send({ type: 'ready', port, token, listeningMs });
};

main().catch((error) => {
  process.stderr.write(`server failed: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
