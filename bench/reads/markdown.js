'use strict';

// Prints the tables of a bench/reads.js result as Markdown, for bench/README.md.
// Usage: node bench/reads/markdown.js bench/results/reads-<timestamp>.json
const fs = require('fs');

const file = process.argv[2];
const { results } = JSON.parse(fs.readFileSync(file, 'utf8'));
const { targets: targetsOf } = require('./targets');

const targets = targetsOf(results);
const out = [];
out.push('| size | measure | value | target | |', '| --- | --- | --- | --- | --- |');
for (const t of targets) {
  out.push(`| ${t.size} | ${t.what} | ${t.value ?? 'n/a'} | ${t.target} | ${t.met} |`);
}
const names = ['ours', 'ours-cached', 'stock', 'floor'];
for (const r of results) {
  out.push('', `${r.size} rows: p50 / p90 ms, req/s with 4 connections (errors)`, '');
  out.push(`| case | ${names.join(' | ')} |`, `| --- |${names.map(() => ' --- |').join('')}`);
  for (const [key, value] of Object.entries(r.cases)) {
    const cells = names.map((n) =>
      value[n]
        ? `${value[n].p50Ms} / ${value[n].p90Ms}, ${value[n].rps}${value[n].errors ? ` (${value[n].errors} err)` : ''}`
        : ''
    );
    out.push(`| ${key} | ${cells.join(' | ')} |`);
  }
  out.push('', 'SQL statements per request', '');
  out.push(`| case | ${names.join(' | ')} |`, `| --- |${names.map(() => ' --- |').join('')}`);
  for (const [key, value] of Object.entries(r.statements)) {
    if (!key.endsWith(':sql')) {
      out.push(`| ${key} | ${names.map((n) => value[n] ?? '').join(' | ')} |`);
    }
  }
}
process.stdout.write(`${out.join('\n')}\n`);
