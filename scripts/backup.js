'use strict';

// `npm run backup [-- --file <path>] [--compiled]`: every content type's rows (ours, Strapi's
// admin users, roles, tokens and the media library's records), the uploaded files, wherever
// the upload provider keeps them, and the stored settings, in one archive compressed and
// encrypted with BACKUP_KEY by Strapi's data transfer; beside it a manifest with the counts and
// a signature that `npm run restore` checks.
const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');
const dataTransfer = require('@strapi/data-transfer');
const { backupKey, bootApp, countsOf, root, runScript, writeManifest } = require('./transfer');

const stamp = (date) => date.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

// the file provider adds the extensions itself
const basePathOf = (given, now) =>
  path.resolve(
    given
      ? given.replace(/(\.tar)?(\.gz)?(\.enc)?$/, '')
      : path.join(root, 'backups', `cchc-${stamp(now)}`)
  );

const main = async () => {
  const { values } = parseArgs({
    options: { file: { type: 'string' }, compiled: { type: 'boolean', default: false } },
  });
  const key = backupKey();
  const now = new Date();
  const base = basePathOf(values.file, now);
  fs.mkdirSync(path.dirname(base), { recursive: true });
  const strapi = await bootApp({ compiled: values.compiled });
  try {
    const source = dataTransfer.strapi.providers.createLocalStrapiSourceProvider({
      getStrapi: () => strapi,
      autoDestroy: false,
    });
    const destination = dataTransfer.file.providers.createLocalFileDestinationProvider({
      file: { path: base },
      encryption: { enabled: true, key },
      compression: { enabled: true },
    });
    const engine = dataTransfer.engine.createTransferEngine(source, destination, {
      versionStrategy: 'ignore',
      schemaStrategy: 'ignore',
    });
    const results = await engine.transfer();
    const archive = results.destination.file.path;
    const counts = countsOf(results.engine);
    await writeManifest(archive, key, {
      createdAt: now.toISOString(),
      app: require(path.join(root, 'package.json')).version,
      strapi: require('@strapi/strapi/package.json').version,
      database: strapi.config.get('database.connection.client'),
      ...counts,
    });
    const rows = Object.values(counts.entities).reduce((sum, n) => sum + n, 0);
    process.stdout.write(
      `Backup written to ${archive} (${rows} rows of ${Object.keys(counts.entities).length} ` +
        `types, ${counts.assets} files); manifest ${archive}.json\n`
    );
  } finally {
    await strapi.destroy();
  }
};

runScript('Backup', main);
