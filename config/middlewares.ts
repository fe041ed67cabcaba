import type { Core } from '@strapi/strapi';
import { CSP_DEFAULTS } from '@strapi/utils';
import { s3PublicUrl } from './upload/storage';

/** Strapi's own CSP, plus the address files are served from when it is not this app's. */
const security = (env: Core.Config.Shared.ConfigParams['env']) => {
  const publicUrl = s3PublicUrl(env);
  if (!publicUrl) {
    return 'strapi::security';
  }
  const files = publicUrl.origin;
  return {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          ...CSP_DEFAULTS,
          'img-src': [...CSP_DEFAULTS['img-src'], files],
          'media-src': [...CSP_DEFAULTS['media-src'], files],
          upgradeInsecureRequests: null,
        },
      },
    },
  };
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'plugin::cchc.request-id',
  // outermost but the id: it times every answer, whoever gives it, and answers /metrics
  'plugin::cchc.metrics',
  'strapi::logger',
  'strapi::errors',
  'plugin::cchc.database-outage',
  'plugin::cchc.json-errors',
  'plugin::cchc.database-input-errors',
  security(env),
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
  // files of the media library kept in a shared bucket, served by every node
  'plugin::cchc.stored-uploads',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
