import net from 'net';
import request from 'supertest';
import { UIDS } from '../src/constants';
import { pingRedis } from '../src/plugins/cchc/server/src/core/redis-ping';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, graphql, http, superAdminToken } from './helpers/http';
import { connect, makeUnit, type Doc } from './helpers/fixtures';
import {
  canStartPrivatePostgres,
  startPrivatePostgres,
  type PrivatePostgres,
} from './helpers/private-postgres';

// The outage is staged by stopping a PostgreSQL cluster this file starts for itself on a free
// port (never the shared one); SQLite has no server to stop, so there only readiness is tested.
const onPostgres = process.env.TEST_DB === 'postgres' && canStartPrivatePostgres();
const RETRY_AFTER = '7';
const READINESS_TIMEOUT_MS = 1500;
Object.assign(process.env, {
  OUTAGE_RETRY_AFTER_SECONDS: RETRY_AFTER,
  READINESS_TIMEOUT_MS: String(READINESS_TIMEOUT_MS),
  // a request waits at most this long for a connection, then it is answered 503
  DATABASE_CONNECTION_TIMEOUT: '3000',
});
delete process.env.REDIS_URL;

let app: TestApp | undefined;
let cluster: PrivatePostgres | undefined;
let fullAccess: string;
let adminJwt: string;
let unit: Doc;

interface PoolStats {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

const strapi = () => app!.strapi;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no query is in flight, so that stopping the database interrupts only what a test sends. */
const settled = async () => {
  const pool = (strapi().db.connection.client as { pool?: PoolStats }).pool;
  for (let i = 0; i < 100 && pool; i += 1) {
    if (pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() === 0) {
      return;
    }
    await sleep(100);
  }
};

const postArticle = (title: string) =>
  http(strapi())
    .post('/api/articles')
    .set('Authorization', `Bearer ${fullAccess}`)
    .send({ data: { kind: 'news', title, unit: connect(unit) } });

const storedWithTitle = async (title: string) =>
  strapi().db.query(UIDS.article).count({ where: { title } });

const waitUntilReady = async () => {
  for (let i = 0; i < 60; i += 1) {
    const res = await http(strapi()).get('/_ready');
    if (res.status === 200) {
      return res;
    }
    await sleep(500);
  }
  throw new Error('/_ready never answered 200 after the database came back');
};

const expectOutage = (res: { status: number; headers: Record<string, string>; body: unknown }) => {
  expect(res.status).toBe(503);
  expect(res.headers['retry-after']).toBe(RETRY_AFTER);
  expect(res.headers['cache-control']).toBe('no-store');
};

const expectRestOutage = (res: {
  status: number;
  headers: Record<string, string>;
  body: { data?: unknown; error?: { status?: number; name?: string; message?: string } };
}) => {
  expectOutage(res);
  expect(res.body.data).toBeNull();
  expect(res.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
  expect(res.body.error?.message).toMatch(/Cơ sở dữ liệu tạm thời không truy cập được/);
};

beforeAll(async () => {
  if (onPostgres) {
    cluster = await startPrivatePostgres();
    const own = cluster;
    app = await startApp({
      client: 'postgres',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: own.url },
      drop: async () => own.remove(),
    });
  } else {
    app = await startApp();
  }
  fullAccess = await createApiToken(strapi(), 'full-access');
  adminJwt = await superAdminToken(strapi());
  unit = await makeUnit(strapi());
}, 180000);

afterAll(async () => {
  try {
    if (app && cluster && !cluster.running) {
      cluster.start();
      await waitUntilReady();
    }
    if (app) {
      await settled();
    }
    await stopApp(app);
  } finally {
    cluster?.remove();
  }
}, 120000);

describe('readiness for load balancers (GET /_ready), beside liveness (/_health)', () => {
  test('ready: 200 with the database checked, no Redis without REDIS_URL, never cached', async () => {
    const res = await http(strapi()).get('/_ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'ok' } });
    expect(res.headers['cache-control']).toBe('no-store');
    // load balancers often probe with HEAD (no body, nothing to scan)
    expect((await request(strapi().server.httpServer).head('/_ready')).status).toBe(200);
    expect((await http(strapi()).get('/_health')).status).toBe(204);
  });

  test('with REDIS_URL, Redis is checked too: a Redis that does not answer makes the node unready', async () => {
    const outage = 'plugin::cchc.outage.redisUrl';
    try {
      strapi().config.set(outage, 'redis://127.0.0.1:6379');
      const up = await http(strapi()).get('/_ready');
      expect(up.status).toBe(200);
      expect(up.body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });

      strapi().config.set(outage, `redis://127.0.0.1:${await closedPort()}`);
      const down = await http(strapi()).get('/_ready');
      expect(down.status).toBe(503);
      expect(down.headers['retry-after']).toBe(RETRY_AFTER);
      expect(down.body).toEqual({
        status: 'unavailable',
        checks: { database: 'ok', redis: 'down' },
      });
    } finally {
      strapi().config.set(outage, '');
    }
  });
});

/** A port nothing listens on. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe('Redis PING over a bare socket', () => {
  test('the real Redis answers PONG', async () => {
    await expect(pingRedis('redis://127.0.0.1:6379', 1000)).resolves.toBe(true);
  });

  test('a closed port, a server that never answers, a wrong password and a bad URL are down', async () => {
    await expect(pingRedis(`redis://127.0.0.1:${await closedPort()}`, 1000)).resolves.toBe(false);

    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const started = Date.now();
      await expect(pingRedis(`redis://127.0.0.1:${port}`, 300)).resolves.toBe(false);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      silent.close();
    }
    // the shared Redis has no password: AUTH is refused, so the check fails rather than lies
    await expect(pingRedis('redis://:wrong@127.0.0.1:6379', 1000)).resolves.toBe(false);
    await expect(pingRedis('not a url', 1000)).resolves.toBe(false);
  });
});

const describeOutage = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  test.todo(
    'database outage: runs with TEST_DB=postgres only, where PostgreSQL’s server binaries are installed (a SQLite file has no server to stop)'
  );
}

describeOutage('while PostgreSQL is down or restarting', () => {
  test('a write whose relation check loses the connection is 503, not 400 "Invalid relations"', async () => {
    await settled();
    const title = `Tin viết lúc khởi động lại ${Date.now()}`;
    let armed = true;
    // stop the server exactly when Strapi checks that the unit exists (mid-request)
    const stopAtRelationCheck = (query: { sql?: string }) => {
      if (armed && /^select count\(/i.test(query.sql ?? '') && /"units"/.test(query.sql ?? '')) {
        armed = false;
        cluster!.stop('immediate');
      }
    };
    strapi().db.connection.on('query', stopAtRelationCheck);
    try {
      const res = await postArticle(title);
      expect(armed).toBe(false);
      expectRestOutage(res);
    } finally {
      strapi().db.connection.off('query', stopAtRelationCheck);
      cluster!.start();
    }
    await waitUntilReady();
    expect(await storedWithTitle(title)).toBe(0);
  });

  test('GraphQL: a resolver that loses the connection is 503, not 200 with an internal error', async () => {
    await settled();
    let armed = true;
    const stopAtArticles = (query: { sql?: string }) => {
      // the list's first read: the read model's page of ids, or the articles themselves
      if (
        armed &&
        /^\(?select .* from ("public"\.)?"(articles|cchc_read_items)"/i.test(query.sql ?? '')
      ) {
        armed = false;
        cluster!.stop('immediate');
      }
    };
    strapi().db.connection.on('query', stopAtArticles);
    try {
      const res = await http(strapi())
        .post('/graphql')
        .set('Authorization', `Bearer ${fullAccess}`)
        .send({ query: '{ articles { title } }' });
      expect(armed).toBe(false);
      expectOutage(res);
      expect(res.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      strapi().db.connection.off('query', stopAtArticles);
      cluster!.start();
    }
    await waitUntilReady();
  });

  test('a connection the server drops while it is being set up is discarded, nothing left unhandled', async () => {
    await settled();
    // a restart: every pooled connection is dead, so the next request sets up a new one
    cluster!.stop('fast');
    cluster!.start();
    await sleep(200);
    let armed = true;
    const stopAtSetup = (query: { sql?: string }) => {
      if (armed && /^SET search_path/i.test(query.sql ?? '')) {
        armed = false;
        cluster!.stop('immediate');
      }
    };
    strapi().db.connection.on('query', stopAtSetup);
    try {
      const started = Date.now();
      const res = await http(strapi()).get('/api/articles');
      expect(armed).toBe(false);
      expectRestOutage(res);
      // answered from the failed set-up, not after waiting out the pool's timeout
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      strapi().db.connection.off('query', stopAtSetup);
      cluster!.start();
    }
    await waitUntilReady();
  });

  test('every surface answers 503 with Retry-After, readiness says so, liveness stays 204', async () => {
    await settled();
    cluster!.stop('fast');
    const title = `Tin gửi lại sau sự cố ${Date.now()}`;

    const started = Date.now();
    expectRestOutage(await postArticle(title));
    expect(Date.now() - started).toBeLessThan(5000);

    const asToken = await http(strapi())
      .get('/api/articles')
      .set('Authorization', `Bearer ${fullAccess}`);
    expectRestOutage(asToken);
    // anonymous: the permission lookup fails, which Strapi would answer 401
    expectRestOutage(await http(strapi()).get('/api/articles'));
    expectRestOutage(await http(strapi()).get('/api/units/' + unit.documentId));
    expectRestOutage(await http(strapi()).get('/api/feeds/rss.xml'));
    expectRestOutage(
      await http(strapi()).get('/admin/users/me').set('Authorization', `Bearer ${adminJwt}`)
    );
    expectRestOutage(
      await http(strapi())
        .post('/admin/login')
        .send({ email: 'nobody@cchc.test', password: 'Secret-pass-123' })
    );

    for (const token of [undefined, fullAccess]) {
      const req = http(strapi()).post('/graphql');
      const res = await (token ? req.set('Authorization', `Bearer ${token}`) : req).send({
        query: '{ articles { title } }',
      });
      expectOutage(res);
      expect(res.body.errors[0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        error: { status: 503, name: 'ServiceUnavailableError' },
      });
    }

    const readyStarted = Date.now();
    const ready = await http(strapi()).get('/_ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['retry-after']).toBe(RETRY_AFTER);
    expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'down' } });
    expect(Date.now() - readyStarted).toBeLessThan(READINESS_TIMEOUT_MS + 1000);
    expect((await http(strapi()).get('/_health')).status).toBe(204);

    // the job runner's tick logs and waits for the next one; it never throws
    const jobs = strapi().plugin('cchc').service('jobs') as {
      tick(): Promise<{ error?: string; kinds: Record<string, { error?: string }> }>;
    };
    const tick = await jobs.tick();
    expect(tick.error).toBeTruthy();
    expect(Object.values(tick.kinds).every((pass) => pass.error)).toBe(true);

    cluster!.start();
    const back = await waitUntilReady();
    expect(back.body).toEqual({ status: 'ok', checks: { database: 'ok' } });

    // the client retries the write it was told to retry: stored once
    const retried = await postArticle(title);
    expect(retried.status).toBe(201);
    expect(await storedWithTitle(title)).toBe(1);
    const listed = await graphql<{ articles: Array<{ title: string }> }>(
      strapi(),
      '{ articles(status: DRAFT, filters: { title: { eq: $title } }) { title } }'.replace(
        '$title',
        JSON.stringify(title)
      ),
      {},
      fullAccess
    );
    expect(listed.status).toBe(200);
    expect(listed.data?.articles).toEqual([{ title }]);
  });
});
