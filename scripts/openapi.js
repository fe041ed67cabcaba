'use strict';

// `npm run docs:openapi`: writes the OpenAPI document the app serves at /api/cchc/openapi.json
// to docs/openapi.json (a test fails while the two differ). `--compiled` uses dist/ as it is.
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
    const target = path.join(root, 'docs', 'openapi.json');
    const document = JSON.parse(fs.readFileSync(generated, 'utf8'));
    fs.writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
    process.stdout.write(`Wrote ${target} (${Object.keys(document.paths).length} paths)\n`);
  } finally {
    await strapi.destroy();
  }
};

runScript('OpenAPI', main);
