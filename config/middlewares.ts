import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'plugin::cchc.request-id',
  'strapi::logger',
  'strapi::errors',
  'plugin::cchc.database-outage',
  'plugin::cchc.json-errors',
  'plugin::cchc.database-input-errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // before the body parsers: it reads text bodies itself to refuse invalid UTF-8
  'plugin::cchc.input-guard',
  'strapi::body',
  'plugin::cchc.form-fields-guard',
  // after the body parser (a sign-in names its e-mail there), before the cache (cached answers count)
  'plugin::cchc.rate-limit',
  // after the body parser (a GraphQL query is in the body), before the routes
  'plugin::cchc.response-cache',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
