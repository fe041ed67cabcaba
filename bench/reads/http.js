'use strict';

// A small keep-alive HTTP client with exact control of the headers, and the two measurements:
// single-client latency and throughput with a few concurrent connections.
const http = require('http');
const { performance } = require('perf_hooks');

const agents = new Map();
const agentFor = (port) => {
  if (!agents.has(port)) {
    agents.set(port, new http.Agent({ keepAlive: true, maxSockets: 16 }));
  }
  return agents.get(port);
};

/** One request; resolves with status, headers, body text and the time it took. */
const send = (port, { method = 'GET', path, headers = {}, body }) =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: agentFor(port),
        headers: {
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': payload.length }
            : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          })
        );
        res.on('error', reject);
      }
    );
    req.setTimeout(120_000, () => req.destroy(new Error('timeout after 120 s')));
    req.on('error', reject);
    if (payload) {
      req.write(payload);
    }
    req.end();
  });

/**
 * Sequential requests, one client: up to `count` of them or until `budgetMs` has passed (at
 * least `min`). `check(response)` returns an error string or null.
 */
const latency = async (port, makeRequest, { count, budgetMs, min = 3 }, check) => {
  const ms = [];
  const errors = [];
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    if (i >= min && performance.now() - started > budgetMs) {
      break;
    }
    try {
      const response = await send(port, makeRequest(i));
      const problem = check(response);
      if (problem) {
        errors.push(problem);
      }
      ms.push(response.ms);
    } catch (error) {
      errors.push(String(error.message ?? error));
    }
  }
  return { ms, errors };
};

/** `connections` clients in a loop for `durationMs`: requests per second and errors. */
const throughput = async (port, makeRequest, { connections, durationMs }, check) => {
  const errors = [];
  let done = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() - started < durationMs) {
      const i = next;
      next += 1;
      try {
        const response = await send(port, makeRequest(i));
        const problem = check(response);
        if (problem) {
          errors.push(problem);
        }
        done += 1;
      } catch (error) {
        errors.push(String(error.message ?? error));
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = performance.now() - started;
  return { rps: (done * 1000) / elapsed, requests: done, elapsedMs: elapsed, errors };
};

const quantile = (xs, q) => {
  if (xs.length === 0) {
    return null;
  }
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
};
const median = (xs) => quantile(xs, 0.5);

module.exports = { send, latency, throughput, quantile, median };
