'use strict';

// The targets of the public-reads issue, computed from a bench/reads.js result.
const ratio = (a, b) =>
  a === null || a === undefined || b === null || b === undefined || b === 0
    ? null
    : Number((a / b).toFixed(2));

const atLeast = (limit) => ({ text: `≥ ${limit}`, met: (value) => value >= limit });
const atMost = (limit) => ({ text: `≤ ${limit}`, met: (value) => value <= limit });

/** Public lists whose median must stay within 1.3× from the smallest to the largest size. */
const SCALING_CASES = [
  'list',
  'portal-rest',
  'portal-graphql',
  'site-rest',
  'site-graphql',
  'column',
  'feed-full',
];

const targets = (results) => {
  const rows = [];
  const add = (size, what, value, target) =>
    rows.push({
      size,
      what,
      value,
      target: target.text,
      met: value === null || value === undefined ? 'n/a' : target.met(value) ? 'met' : 'missed',
    });
  for (const r of results) {
    const rps = (key, name) => r.cases[key]?.[name]?.rps;
    const p50 = (key, name) => r.cases[key]?.[name]?.p50Ms;
    for (const [key, label] of [
      ['portal-graphql', 'portal GraphQL'],
      ['portal-rest', 'portal REST'],
    ]) {
      add(
        r.size,
        `${label} rps ours / stock REST list rps`,
        ratio(rps(key, 'ours'), rps('list', 'stock')),
        atLeast(1)
      );
      add(
        r.size,
        `${label} p50 ours / floor`,
        ratio(p50(key, 'ours'), p50(key, 'floor')),
        atMost(3)
      );
      add(
        r.size,
        `${label} rps ours-cached / stock`,
        ratio(rps(key, 'ours-cached'), rps(key, 'stock')),
        atLeast(5)
      );
    }
    add(
      r.size,
      'REST list p50 ours / floor',
      ratio(p50('list', 'ours'), p50('list', 'floor')),
      atMost(3)
    );
    for (const [key, label] of [
      ['feed-304-no-cache', 'feed 304 rps (no-cache) / full render rps'],
      ['feed-304', 'feed 304 rps (plain) / full render rps'],
    ]) {
      add(r.size, label, ratio(rps(key, 'ours'), rps('feed-full', 'ours')), atLeast(20));
    }
    add(
      r.size,
      'draft save p50 ours / stock',
      ratio(p50('draft-save', 'ours'), p50('draft-save', 'stock')),
      atMost(1.5)
    );
    add(r.size, 'boot ours / stock', r.boot.ratio, atMost(1.2));
    if (r.memory) {
      const soak = r.memory.oursCached;
      add(
        r.size,
        `RSS ours-cached after ${soak.minutes} min soak / after warm-up`,
        ratio(soak.endMb, r.memory.oursCachedAfterWarmupMb),
        atMost(1.2)
      );
      add(
        r.size,
        'RSS peak ours-cached / stock peak',
        ratio(soak.peakMb, r.memory.stock.peakMb),
        atMost(1.2)
      );
    }
  }
  const sizes = results.map((r) => r.size);
  const small = results.find((r) => r.size === Math.min(...sizes));
  const large = results.find((r) => r.size === Math.max(...sizes));
  if (small && large && small !== large) {
    for (const key of SCALING_CASES) {
      const value = ratio(large.cases[key]?.ours?.p50Ms, small.cases[key]?.ours?.p50Ms);
      add(`${large.size}/${small.size}`, `${key} p50 ours, large / small`, value, atMost(1.3));
    }
  }
  return rows;
};

module.exports = { targets, ratio };
