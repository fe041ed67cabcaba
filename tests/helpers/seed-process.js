// `npm run seed` as its own process, without the compile step (the test run compiled dist/):
// boots the app on the configured database, loads the demo data, shuts Strapi down, exits.
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
  try {
    const { runSeed } = require(path.join(root, 'dist', 'src', 'seed'));
    await runSeed(strapi);
  } finally {
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`Seed failed: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  }
);
