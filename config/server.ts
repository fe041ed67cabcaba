import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: {
    // behind a reverse proxy: the client's address is read from X-Forwarded-For
    koa: env.bool('IS_PROXIED', false),
    // how many proxies append to X-Forwarded-For (addresses before theirs are the client's say-so)
    maxIpsCount: env.int('PROXY_HOPS', 1),
  },
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // where uploaded files (with the local provider) and robots.txt are kept and served from
  dirs: { public: env('PUBLIC_DIR', './public') },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) },
  },
});

export default config;
