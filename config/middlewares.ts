import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'plugin::cchc.request-id',
  'strapi::logger',
  'strapi::errors',
  'plugin::cchc.database-outage',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
