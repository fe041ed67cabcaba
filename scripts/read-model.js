'use strict';

// `npm run read-model:rebuild`: rebuilds the read model of published items and the search index
// from the content tables and bumps every content version, for use after rows were loaded or
// changed with plain SQL (imports, restores). Boots Strapi from the compiled app without serving.
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const main = async () => {
  const command = process.argv[2];
  if (command !== 'rebuild') {
    process.stderr.write('Usage: node scripts/read-model.js rebuild\n');
    process.exit(2);
  }
  process.env.SEED_DEMO_ON_EMPTY_DB = 'false';
  const appContext = await compileStrapi();
  const strapi = await createStrapi({ ...appContext, serveAdminPanel: false }).load();
  try {
    const started = Date.now();
    const rows = await strapi.plugin('cchc').service('read-model').rebuild();
    const searched = await strapi.plugin('cchc').service('search-index').rebuild();
    strapi.log.info(
      `Read model and search index rebuilt in ${Date.now() - started} ms: ` +
        `${JSON.stringify(rows)}, search ${JSON.stringify(searched)}`
    );
  } finally {
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(
      `Read model rebuild failed: ${error && error.stack ? error.stack : error}\n`
    );
    process.exit(1);
  }
);
