'use strict';

// `npm run docs`: writes what the app serves as its API description to docs/: the OpenAPI
// document of /api/cchc/openapi.json (docs/openapi.json) and the GraphQL schema
// (docs/schema.graphql), and the examples' types generated from them. A test fails while any of
// them differs from the running app.
// `--compiled` uses dist/ as it is.
const { execFileSync } = require('child_process');
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
    const generate = (example, bin, args) =>
      execFileSync(process.execPath, [path.join(root, 'node_modules', '.bin', bin), ...args], {
        cwd: path.join(root, 'examples', example),
        stdio: 'ignore',
      });
    generate('portal', 'graphql-codegen', []);
    generate('social-poster', 'openapi-typescript', [
      '../../docs/openapi.json',
      '-o',
      'src/generated/api.ts',
    ]);
    process.stdout.write(
      `Wrote docs/openapi.json (${Object.keys(openapi.paths).length} paths), docs/schema.graphql` +
        ' and the types of examples/portal and examples/social-poster\n'
    );
  } finally {
    await strapi.destroy();
  }
};

runScript('API docs', main);
