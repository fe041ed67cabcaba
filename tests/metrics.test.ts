import { PassThrough } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { winston } from '@strapi/logger';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { listen, send } from './helpers/real-client';
import { UIDS } from '../src/constants';

/**
 * What an operator's Prometheus reads from each node at /metrics, and the JSON log lines a log
 * collector reads, each naming the request it was written for.
 */

const TOKEN = `metrics-${randomUUID()}`;
Object.assign(process.env, {
  METRICS_TOKEN: TOKEN,
  LOG_FORMAT: 'json',
  LOG_LEVEL: 'http',
  // the test drives the job runner itself: rows stay where it puts them
  SCHEDULER_ENABLED: 'false',
});

let app: TestApp;
let base: string;
const logged: string[] = [];

beforeAll(async () => {
  app = await startApp();
  base = await listen(app.strapi);
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => logged.push(...chunk.toString('utf8').split('\n')));
  // read here, not printed in the suite's output
  for (const transport of [...app.strapi.log.transports]) {
    app.strapi.log.remove(transport);
  }
  app.strapi.log.add(new winston.transports.Stream({ stream }));
}, 240_000);

afterAll(async () => {
  await stopApp(app);
}, 60_000);

const scrape = async () => {
  const res = await send(base, '/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text;
};

/** The value of one series in Prometheus' text format, undefined when it is not there. */
const sample = (text: string, name: string, labels: Record<string, string> = {}) => {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) {
      continue;
    }
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]])
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) {
      return Number(match[3]);
    }
  }
  return undefined;
};

describe('GET /metrics', () => {
  test('answers only a scraper with the token: 401 with a message otherwise, never cached', async () => {
    const none = await send(base, '/metrics');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(none.json.error.message).toMatch(/METRICS_TOKEN/);
    const wrong = await send(base, '/metrics', { headers: { Authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toMatch(/http_request_duration_seconds/);

    const res = await send(base, '/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(sample(res.text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(res.text, 'cchc_db_pool_connections', { state: 'used' })).toBeGreaterThanOrEqual(
      0
    );
    expect(sample(res.text, 'cchc_db_pool_max_connections')).toBeGreaterThan(0);
  });

  test('is not there when no token is configured', async () => {
    const settings = app.strapi.config.get('plugin::cchc') as { metrics: { token: string } };
    settings.metrics.token = '';
    try {
      const res = await send(base, '/metrics', { headers: { Authorization: 'Bearer ' } });
      expect(res.status).toBe(404);
    } finally {
      settings.metrics.token = TOKEN;
    }
  });

  test('counts requests by route pattern and status, never by address', async () => {
    const id = `khong-co-${randomUUID()}`;
    const before = await scrape();
    const labels = { method: 'GET', route: '/api/articles/:id', status: '404' };
    const count = (text: string) =>
      sample(text, 'http_request_duration_seconds_count', labels) ?? 0;
    expect((await send(base, `/api/articles/${id}`)).status).toBe(404);
    expect((await send(base, `/api/articles/${id}`)).status).toBe(404);
    expect((await send(base, `/khong-ton-tai/${id}`)).status).toBe(404);
    const graph = await send(base, '/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ columns { name } }' }),
    });
    expect(graph.status).toBe(200);
    const after = await scrape();
    expect(
      sample(after, 'http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      })
    ).toBeGreaterThanOrEqual(1);
    expect(count(after) - count(before)).toBe(2);
    expect(after).not.toContain(id);
    expect(
      sample(after, 'http_request_duration_seconds_count', { route: 'unmatched', status: '404' })
    ).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(
      count(after)
    );
  });

  test('counts answers from the shared response cache, under the route they were for', async () => {
    const path = `/api/columns?pagination[pageSize]=${(Date.now() % 50) + 1}`;
    const before = await scrape();
    const first = await send(base, path);
    const second = await send(base, path);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers.get('x-cache')).toBe('hit');
    const after = await scrape();
    const hits = (text: string) =>
      sample(text, 'cchc_response_cache_requests_total', { result: 'hit' }) ?? 0;
    const misses = (text: string) =>
      sample(text, 'cchc_response_cache_requests_total', { result: 'miss' }) ?? 0;
    expect(hits(after) - hits(before)).toBe(1);
    expect(misses(after) - misses(before)).toBe(1);
    expect(
      sample(after, 'http_request_duration_seconds_count', { route: '/api/columns', status: '200' })
    ).toBeGreaterThanOrEqual(2);
  });

  test('shows what waits in the job tables, how long the oldest waited, what failed, and the social queue', async () => {
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await app.strapi.db.query('plugin::cchc.scheduled-job').create({
      data: {
        kind: 'publish',
        contentType: UIDS.article,
        targetDocumentId: `khong-co-${randomUUID()}`,
        dueAt: tenMinutesAgo,
        status: 'pending',
      },
    });
    await app.strapi.db.query('plugin::cchc.scheduled-job').create({
      data: {
        kind: 'publish',
        contentType: UIDS.article,
        targetDocumentId: 'later',
        dueAt: new Date(Date.now() + 3600_000),
        status: 'pending',
      },
    });
    await app.strapi.db.query('plugin::cchc.webhook-delivery').create({
      data: { deliveryId: randomUUID(), event: 'entry.publish', payload: {}, status: 'failed' },
    });
    for (const channelName of ['Fanpage UBND xã', 'Fanpage UBND xã', 'Zalo OA huyện']) {
      await app.strapi.db.query('plugin::cchc.social-post').create({
        data: {
          contentType: UIDS.article,
          targetDocumentId: randomUUID(),
          channelName,
          status: 'pending',
          dedupeKey: randomUUID(),
        },
      });
    }

    const text = await scrape();
    expect(sample(text, 'cchc_jobs_due', { kind: 'scheduled-jobs' })).toBe(1);
    expect(
      sample(text, 'cchc_jobs_oldest_due_seconds', { kind: 'scheduled-jobs' })
    ).toBeGreaterThanOrEqual(600);
    expect(sample(text, 'cchc_jobs_due', { kind: 'webhook-deliveries' })).toBe(0);
    expect(sample(text, 'cchc_jobs_oldest_due_seconds', { kind: 'webhook-deliveries' })).toBe(0);
    expect(sample(text, 'cchc_jobs_failed', { kind: 'webhook-deliveries' })).toBe(1);
    expect(sample(text, 'cchc_webhook_deliveries', { status: 'failed' })).toBe(1);
    expect(sample(text, 'cchc_social_queue_depth', { channel: 'Fanpage UBND xã' })).toBe(2);
    expect(sample(text, 'cchc_social_queue_depth', { channel: 'Zalo OA huyện' })).toBe(1);
  });

  test("counts the outcomes of this node's job passes", async () => {
    const outcomes = (text: string) =>
      ['done', 'retrying', 'failed', 'skipped'].reduce(
        (sum, outcome) =>
          sum + (sample(text, 'cchc_job_outcomes_total', { kind: 'scheduled-jobs', outcome }) ?? 0),
        0
      );
    const before = outcomes(await scrape());
    const tick = await app.strapi.plugin('cchc').service('jobs').tick();
    expect(tick.error).toBeUndefined();
    const after = await scrape();
    expect(outcomes(after) - before).toBe(1);
    expect(sample(after, 'cchc_jobs_due', { kind: 'scheduled-jobs' })).toBe(0);
  });
});

describe('JSON logs', () => {
  test("every line is one JSON object, and a request's lines name its id", async () => {
    const requestId = `yeu-cau-${randomUUID()}`;
    const res = await send(base, '/api/columns', { headers: { 'X-Request-Id': requestId } });
    expect(res.headers.get('x-request-id')).toBe(requestId);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const entries = logged.filter((line) => line.trim()).map((line) => JSON.parse(line));
    const mine = entries.filter((entry) => entry.requestId === requestId);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'http',
          message: expect.stringMatching(/^GET \/api\/columns .*200$/),
        }),
      ])
    );
    expect(mine[0].timestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(entries.every((entry) => !/\u001b\[/.test(String(entry.message)))).toBe(true);
  });
});
