'use strict';

// Development convenience: the first run writes a .env with fresh random secrets.
// Production must provide its secrets from the environment; this never runs there.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const envFile = path.join(process.cwd(), '.env');
const secret = () => crypto.randomBytes(24).toString('base64');

if (process.env.NODE_ENV === 'production') {
  process.exit(0);
}
if (fs.existsSync(envFile)) {
  process.exit(0);
}

const lines = [
  '# Generated on first run for development. Do not commit. See README for every variable.',
  'HOST=0.0.0.0',
  'PORT=1337',
  `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
  `API_TOKEN_SALT=${secret()}`,
  `ADMIN_JWT_SECRET=${secret()}`,
  `TRANSFER_TOKEN_SALT=${secret()}`,
  `JWT_SECRET=${secret()}`,
  `ENCRYPTION_KEY=${secret()}`,
  'STRAPI_TELEMETRY_DISABLED=true',
  '',
];
fs.writeFileSync(envFile, lines.join('\n'), { mode: 0o600 });
process.stdout.write(`Wrote ${envFile} with random development secrets.\n`);
