'use strict';

// `npm run restore -- <archive> [--yes] [--compiled]`: replaces everything in the configured
// database (and the uploaded files) with an archive of `npm run backup`, decrypted with
// BACKUP_KEY, in one transaction: a failed restore leaves the database as it was. Unlike
// `strapi import` it also restores the admin accounts, roles and tokens, which the units'
// memberships and the audit trail refer to. Then it rebuilds the public read model and the
// search index, and checks every content type's count against the backup's manifest.
const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');
const dataTransfer = require('@strapi/data-transfer');
const {
  UsageError,
  backupKey,
  bootApp,
  countsOf,
  runScript,
  verifiedManifest,
} = require('./transfer');
const { actorIds } = require('./restore-actors');

// Strapi's own transfers leave out content releases; so do we (their actions refer to entries by id)
const EXCLUDED = dataTransfer.strapi.getIgnoredOfficialTransferTypes();

const parse = () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      yes: { type: 'boolean', default: false },
      compiled: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) {
    throw new UsageError('Usage: npm run restore -- <archive.tar.gz.enc> [--yes]');
  }
  const archive = path.resolve(positionals[0]);
  if (!fs.existsSync(archive) || !fs.statSync(archive).isFile()) {
    throw new UsageError(`${archive} does not exist.`);
  }
  return { archive, ...values };
};

/** How many rows the database holds that a restore would replace. */
const rowsHeld = async (strapi) => {
  const uids = [
    'admin::user',
    ...Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::')),
  ];
  let total = 0;
  for (const uid of uids) {
    total += await strapi.db.query(uid).count();
  }
  return total;
};

/** Content types whose restored count differs from the backup's. */
const countMismatches = async (strapi, expected) => {
  const wrong = [];
  for (const [uid, count] of Object.entries(expected)) {
    if (!strapi.contentTypes[uid] || EXCLUDED.includes(uid)) {
      continue;
    }
    const actual = await strapi.db.query(uid).count();
    if (actual !== count) {
      wrong.push(`${uid}: ${actual} instead of ${count}`);
    }
  }
  return wrong;
};

const main = async () => {
  const { archive, yes, compiled } = parse();
  const key = backupKey();
  const manifest = await verifiedManifest(archive, key);
  const strapi = await bootApp({ compiled });
  try {
    const held = await rowsHeld(strapi);
    if (held > 0 && !yes) {
      throw new UsageError(
        `The database already holds ${held} rows (content, units or admin accounts); the ` +
          'restore would replace all of them. Run again with --yes to go ahead.'
      );
    }
    const source = dataTransfer.file.providers.createLocalFileSourceProvider({
      file: { path: archive },
      encryption: { enabled: archive.endsWith('.enc'), key },
      compression: { enabled: /\.gz(\.enc)?$/.test(archive) },
    });
    const destination = dataTransfer.strapi.providers.createLocalStrapiDestinationProvider({
      getStrapi: () => strapi,
      autoDestroy: false,
      strategy: 'restore',
      restore: {
        entities: { exclude: EXCLUDED },
        assets: true,
        configuration: { webhook: true, coreStore: true },
      },
    });
    const actors = actorIds();
    const engine = dataTransfer.engine.createTransferEngine(source, destination, {
      versionStrategy: 'ignore',
      // a backup of another version of the app is refused rather than half applied
      schemaStrategy: 'strict',
      transforms: { entities: [actors.transform] },
    });
    let results;
    try {
      results = await engine.transfer();
    } catch (error) {
      throw new Error(
        `The restore failed and was rolled back (${error && error.message}). A wrong ` +
          'BACKUP_KEY, a damaged archive or one made by another version of the application ' +
          'cause this.'
      );
    }
    const renamed = await actors.rewrite(strapi);
    const rows = await strapi.plugin('cchc').service('read-model').rebuild();
    const searched = await strapi.plugin('cchc').service('search-index').rebuild();
    strapi.log.info(
      `Audit entries given their actors' new ids: ${renamed}; read model and search index ` +
        `rebuilt: ${JSON.stringify({ rows, searched })}`
    );
    const restored = countsOf(results.engine);
    const wrong = manifest ? await countMismatches(strapi, manifest.entities) : [];
    if (wrong.length > 0) {
      throw new Error(`Restored, but some counts differ from the backup's: ${wrong.join('; ')}`);
    }
    process.stdout.write(
      `Restored ${archive}: ${Object.values(restored.entities).reduce((s, n) => s + n, 0)} rows, ` +
        `${restored.assets} files, ${renamed} audit entries pointed at their actors' new ids` +
        `${manifest ? `, every count as in the backup of ${manifest.createdAt}` : ''}\n`
    );
  } finally {
    await strapi.destroy();
  }
};

runScript('Restore', main);
