'use strict';

// Generates a plain Strapi 5 JavaScript app with the content-type schemas and components of
// /work/main and none of the cchc plugin: the "stock" side of bench/reads.js.
const fs = require('fs');
const path = require('path');

const isOurs = (attribute) =>
  (typeof attribute.target === 'string' && attribute.target.startsWith('plugin::cchc.')) ||
  attribute.type === 'customField' ||
  (typeof attribute.customField === 'string' && attribute.customField.includes('cchc'));

/** A schema without our attributes and our plugin options. */
const strip = (schema) => {
  const copy = structuredClone(schema);
  const removed = [];
  if (copy.pluginOptions) {
    delete copy.pluginOptions.cchc;
  }
  for (const [name, attribute] of Object.entries(copy.attributes ?? {})) {
    if (isOurs(attribute)) {
      delete copy.attributes[name];
      removed.push(name);
    } else if (attribute.pluginOptions) {
      delete attribute.pluginOptions.cchc;
    }
  }
  return { schema: copy, removed };
};

const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

const generate = (root, dir) => {
  const ours = require(path.join(root, 'package.json'));
  const removed = [];
  write(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'cchc-stock-bench',
        private: true,
        version: '0.0.0',
        dependencies: Object.fromEntries(
          ['@strapi/strapi', '@strapi/plugin-users-permissions', '@strapi/plugin-graphql'].map(
            (name) => [name, ours.dependencies[name]]
          )
        ),
      },
      null,
      2
    )
  );
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  write(
    path.join(dir, 'config', 'database.js'),
    `module.exports = ({ env }) => ({
  connection: {
    client: 'postgres',
    connection: { connectionString: env('DATABASE_URL') },
    pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
  },
});
`
  );
  write(
    path.join(dir, 'config', 'server.js'),
    `module.exports = ({ env }) => ({
  host: '127.0.0.1',
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS') },
  logger: { updates: { enabled: false }, startup: { enabled: false } },
});
`
  );
  write(
    path.join(dir, 'config', 'admin.js'),
    `module.exports = ({ env }) => ({
  serveAdminPanel: false,
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
});
`
  );
  write(
    path.join(dir, 'config', 'api.js'),
    `module.exports = { rest: { defaultLimit: 25, maxLimit: 100, withCount: true } };
`
  );
  write(
    path.join(dir, 'config', 'plugins.js'),
    `module.exports = () => ({
  graphql: { config: { endpoint: '/graphql', shadowCRUD: true, defaultLimit: 25, maxLimit: 100, depthLimit: 10, landingPage: false, apolloServer: { introspection: false } } },
});
`
  );
  write(
    path.join(dir, 'config', 'middlewares.js'),
    `module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];
`
  );
  write(
    path.join(dir, 'config', 'logger.js'),
    `const { winston } = require('@strapi/logger');
module.exports = { transports: [new winston.transports.Console({ level: process.env.LOG_LEVEL || 'error' })] };
`
  );
  fs.mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  const apis = [];
  for (const api of fs.readdirSync(path.join(root, 'src', 'api'))) {
    const typesDir = path.join(root, 'src', 'api', api, 'content-types');
    if (!fs.existsSync(typesDir)) {
      continue;
    }
    for (const type of fs.readdirSync(typesDir)) {
      const file = path.join(typesDir, type, 'schema.json');
      if (!fs.existsSync(file)) {
        continue;
      }
      const { schema, removed: gone } = strip(JSON.parse(fs.readFileSync(file, 'utf8')));
      removed.push(...gone.map((name) => `api::${api}.${type}.${name}`));
      write(
        path.join(dir, 'src', 'api', api, 'content-types', type, 'schema.json'),
        JSON.stringify(schema, null, 2)
      );
      const uid = `api::${api}.${type}`;
      apis.push(uid);
      const base = path.join(dir, 'src', 'api', api);
      const factory = (kind) =>
        `'use strict';\nconst { factories } = require('@strapi/strapi');\nmodule.exports = factories.${kind}('${uid}');\n`;
      write(path.join(base, 'routes', `${type}.js`), factory('createCoreRouter'));
      write(path.join(base, 'controllers', `${type}.js`), factory('createCoreController'));
      write(path.join(base, 'services', `${type}.js`), factory('createCoreService'));
    }
  }
  const componentsDir = path.join(root, 'src', 'components');
  for (const category of fs.readdirSync(componentsDir)) {
    for (const name of fs.readdirSync(path.join(componentsDir, category))) {
      if (!name.endsWith('.json')) {
        continue;
      }
      const { schema, removed: gone } = strip(
        JSON.parse(fs.readFileSync(path.join(componentsDir, category, name), 'utf8'))
      );
      removed.push(...gone.map((attr) => `${category}.${name}.${attr}`));
      write(path.join(dir, 'src', 'components', category, name), JSON.stringify(schema, null, 2));
    }
  }
  write(
    path.join(dir, 'src', 'index.js'),
    `'use strict';
const UIDS = ${JSON.stringify(apis)};
module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    for (const uid of UIDS) {
      for (const action of ['find', 'findOne']) {
        const name = uid + '.' + action;
        const found = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action: name, role: role.id } });
        if (!found) {
          await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: name, role: role.id } });
        }
      }
    }
  },
};
`
  );
  return { dir, types: apis, removed };
};

module.exports = { generate };
