// Environment every test file boots Strapi with; set before any Strapi module reads it.
const defaults: Record<string, string> = {
  NODE_ENV: 'test',
  APP_KEYS: 'testKeyA,testKeyB',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key',
  STRAPI_TELEMETRY_DISABLED: 'true',
  SERVE_ADMIN_PANEL: 'false',
  STRAPI_STARTUP_BANNER: 'false',
  SEED_DEMO_ON_EMPTY_DB: 'false',
  LOG_LEVEL: 'error',
  // tests drive the scheduler's clock themselves
  SCHEDULER_ENABLED: 'false',
  // a test file sends far more than a client may; tests/rate-limits.test.ts turns them on
  RATE_LIMIT_ENABLED: 'false',
};
for (const [key, value] of Object.entries(defaults)) {
  process.env[key] ??= value;
}
