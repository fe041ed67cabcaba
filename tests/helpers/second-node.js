// A second app process on the same database, driven over IPC by a test: it boots the app from
// dist/ (its job runner's cron runs as on any node), runs a tick of the job runner when asked, and serves
// HTTP on a loopback port when asked.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const root = path.resolve(__dirname, '..', '..');

const main = async () => {
  const strapi = await createStrapi({
    appDir: root,
    distDir: path.join(root, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  const jobs = strapi.plugin('cchc').service('jobs');
  process.on('message', async (message) => {
    if (message.type === 'tick') {
      const result = await jobs.tick(message.at ? new Date(message.at) : undefined);
      process.send({ type: 'ticked', id: message.id, result });
    }
    if (message.type === 'listen') {
      await strapi.server.mount();
      const server = strapi.server.httpServer;
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      process.send({ type: 'listening', id: message.id, port: server.address().port });
    }
    if (message.type === 'stop') {
      await strapi.destroy();
      process.exit(0);
    }
  });
  process.send({ type: 'ready', nodeId: jobs.nodeId });
};

main().catch((error) => {
  process.send?.({ type: 'failed', message: String(error && error.stack) });
  process.exit(1);
});
