import type { Core } from '@strapi/strapi';

/** Demo data and the demo admin login, for a newcomer's first run. Never on in production. */
const config = ({ env }: Core.Config.Shared.ConfigParams) => {
  const isDevelopment = env('NODE_ENV', 'development') === 'development';
  return {
    seedOnEmptyDatabase: isDevelopment && env.bool('SEED_DEMO_ON_EMPTY_DB', true),
    createAdmin: isDevelopment,
    adminEmail: env('DEMO_ADMIN_EMAIL', 'admin@cchc.local'),
    adminPassword: env('DEMO_ADMIN_PASSWORD', 'CchcDemo@2022'),
  };
};

export default config;
