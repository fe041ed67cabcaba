'use strict';

// `npm run docs`: writes what the app serves as its API description to docs/: the OpenAPI
// document of /api/cchc/openapi.json (docs/openapi.json) and the GraphQL schema
// (docs/schema.graphql). A test fails while either differs from the running app.
// `--compiled` uses dist/ as it is.
const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');
const { bootApp, root, runScript } = require('./transfer');

const main = async () => {
  const { values } = parseArgs({ options: { compiled: { type: 'boolean', default: false } } });
  const strapi = await bootApp({ compiled: values.compiled });
  try {
    const documentation = strapi.plugin('documentation').service('documentation');
    await documentation.generateFullDoc();
    const generated = path.join(
      documentation.getFullDocumentationPath(),
      documentation.getDocumentationVersion(),
      'full_documentation.json'
    );
    const openapi = JSON.parse(fs.readFileSync(generated, 'utf8'));
    const docs = path.join(root, 'docs');
    fs.writeFileSync(path.join(docs, 'openapi.json'), `${JSON.stringify(openapi, null, 2)}\n`);
    fs.writeFileSync(
      path.join(docs, 'schema.graphql'),
      strapi.plugin('cchc').service('api-docs').graphqlSchema()
    );
    process.stdout.write(
      `Wrote docs/openapi.json (${Object.keys(openapi.paths).length} paths) and docs/schema.graphql\n`
    );
  } finally {
    await strapi.destroy();
  }
};

runScript('API docs', main);
