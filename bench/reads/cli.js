'use strict';

// What every benchmark driver shares: its flags, a time stamp for its files, progress on stderr,
// and the app compiled (and copied) before anything boots.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { performance } = require('perf_hooks');

/** `--name=value` or `--name` (true); the fallback when absent. */
const flag = (name, fallback) => {
  const found = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!found) {
    return fallback;
  }
  return found.includes('=') ? found.slice(found.indexOf('=') + 1) : true;
};

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').toLowerCase();
const started = performance.now();
const progress = (message) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}\n`);

const root = path.resolve(__dirname, '..', '..');
/** A copy of dist/ the servers boot from: a test run rebuilding dist/ meanwhile leaves it alone. */
const benchDist = path.join(root, '.tmp', 'bench-dist');
const compileApp = () => {
  progress('compiling: npx tsc -p tsconfig.json');
  const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8' });
  if (tsc.status !== 0) {
    throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  }
  fs.rmSync(benchDist, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'dist'), benchDist, { recursive: true });
};

module.exports = { flag, stamp, progress, compileApp, benchDist };
