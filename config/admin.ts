import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // `strapi develop` restarts on file changes; tests, benchmarks and docs never need a restart.
  watchIgnoreFiles: ['**/tests/**', '**/bench/**', '**/scripts/**', '**/*.md', '**/coverage/**'],
  // the plugin's rate limits count sign-ins across nodes; Strapi's own (per node) stands in when they are off
  rateLimit: { enabled: !env.bool('RATE_LIMIT_ENABLED', true) },
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
