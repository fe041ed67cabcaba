'use strict';

// What `npm run backup` and `npm run restore` share: the key, the manifest beside each archive,
// and the app booted without serving and without background work, for Strapi's data transfer.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const root = path.resolve(__dirname, '..');
const MANIFEST_FORMAT = 'cchc-backup/1';

/** A mistake of the operator's: printed as it is, without a stack. */
class UsageError extends Error {}

const backupKey = () => {
  const key = process.env.BACKUP_KEY ?? '';
  if (key.length < 16) {
    throw new UsageError(
      'BACKUP_KEY must be set to a secret of at least 16 characters. Keep it apart from the ' +
        'backups: without it they cannot be read.'
    );
  }
  return key;
};

// a key of its own for the manifest's signature, derived from the backup key
const signingKey = (key) =>
  Buffer.from(crypto.hkdfSync('sha256', key, '', 'cchc backup manifest', 32));

const digestOf = (file, key) =>
  new Promise((resolve, reject) => {
    const hmac = crypto.createHmac('sha256', signingKey(key));
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hmac.update(chunk))
      .on('end', () => resolve(hmac.digest('hex')));
  });

const manifestPathOf = (archive) => `${archive}.json`;

/** Rows per content type and files, as the transfer engine counted them. */
const countsOf = (progress) => ({
  entities: Object.fromEntries(
    Object.entries(progress.entities?.aggregates ?? {}).map(([uid, { count }]) => [uid, count])
  ),
  links: progress.links?.count ?? 0,
  assets: progress.assets?.count ?? 0,
});

const writeManifest = async (archive, key, details) => {
  const manifest = {
    format: MANIFEST_FORMAT,
    archive: path.basename(archive),
    bytes: fs.statSync(archive).size,
    hmacSha256: await digestOf(archive, key),
    ...details,
  };
  fs.writeFileSync(manifestPathOf(archive), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
};

/**
 * The archive's manifest, after checking that the archive is the one the manifest describes
 * and was signed with this key; null for an archive made without one (a plain `strapi export`).
 */
const verifiedManifest = async (archive, key) => {
  const manifestPath = manifestPathOf(archive);
  if (!fs.existsSync(manifestPath)) {
    return null;
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  if (manifest.format !== MANIFEST_FORMAT) {
    throw new UsageError(`${manifestPath} is not a backup manifest of this application.`);
  }
  const digest = await digestOf(archive, key);
  const expected = Buffer.from(String(manifest.hmacSha256 ?? ''), 'hex');
  if (expected.length !== 32 || !crypto.timingSafeEqual(expected, Buffer.from(digest, 'hex'))) {
    throw new UsageError(
      `${archive} does not match its manifest: the BACKUP_KEY is not the one it was made with, ` +
        'or the file was changed or cut short. Nothing was restored.'
    );
  }
  return manifest;
};

/**
 * Boots the app on the configured database, without the job runner or the demo data: a backup
 * node must not publish or send anything, and a half-restored database must not be worked on.
 * `compiled` uses the app already built in dist/ instead of compiling it first.
 */
const bootApp = async ({ compiled }) => {
  Object.assign(process.env, {
    SEED_DEMO_ON_EMPTY_DB: 'false',
    SCHEDULER_ENABLED: 'false',
    SPEECH_ENABLED: 'false',
    REPORT_REMINDERS_ENABLED: 'false',
  });
  const context = compiled
    ? { appDir: root, distDir: path.join(root, 'dist') }
    : await compileStrapi();
  return createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
};

/** Runs a script's main; a usage error exits 2 with its message, any other failure 1. */
const runScript = (name, main) =>
  main().then(
    () => process.exit(0),
    (error) => {
      const usage = error instanceof UsageError;
      process.stderr.write(
        `${name}: ${usage ? error.message : error && error.stack ? error.stack : error}\n`
      );
      process.exit(usage ? 2 : 1);
    }
  );

module.exports = {
  UsageError,
  backupKey,
  bootApp,
  countsOf,
  root,
  runScript,
  verifiedManifest,
  writeManifest,
};
