'use strict';

// `npm run seed`: compiles the app, boots Strapi without serving, loads the demo data, exits.
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const main = async () => {
  process.env.SEED_DEMO_ON_EMPTY_DB = 'false'; // this script seeds explicitly
  const appContext = await compileStrapi();
  const strapi = await createStrapi({ ...appContext, serveAdminPanel: false }).load();
  try {
    const { runSeed } = require(`${appContext.distDir}/src/seed`);
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
