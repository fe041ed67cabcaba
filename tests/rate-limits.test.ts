import { randomBytes, randomInt } from 'crypto';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, superAdminToken } from './helpers/http';
import { listen, send } from './helpers/real-client';
import { connect, makeUnit } from './helpers/fixtures';
import { startSecondNode, type SecondNode } from './helpers/second-node-client';
import { redisOf } from '../src/plugins/cchc/server/src/core/redis';

// Small budgets, behind one reverse proxy, counted in this machine's Redis as a cluster's nodes do.
Object.assign(process.env, {
  RATE_LIMIT_ENABLED: 'true',
  RATE_LIMIT_ANONYMOUS_POINTS: '5',
  RATE_LIMIT_ANONYMOUS_SECONDS: '60',
  RATE_LIMIT_TOKEN_POINTS: '8',
  RATE_LIMIT_LOGIN_POINTS: '3',
  RATE_LIMIT_EXEMPT: '198.51.100.0/24,2001:db8::/32',
  IS_PROXIED: 'true',
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
});

let app: TestApp;
let base: string;
let second: SecondNode;
let baseB: string;

/** A client address never used before (Redis keeps counts between runs for a minute). */
const newClient = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** As the proxy forwards it: whatever the client claimed, then the address the proxy saw. */
const from = (client: string, init: RequestInit = {}, claimed?: string): RequestInit => ({
  ...init,
  headers: {
    ...(init.headers as Record<string, string> | undefined),
    'X-Forwarded-For': claimed ? `${claimed}, ${client}` : client,
  },
});

const graphqlRequest = (client: string, query: string, headers: Record<string, string> = {}) =>
  send(
    base,
    '/graphql',
    from(client, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    })
  );

beforeAll(async () => {
  app = await startApp();
  base = await listen(app.strapi);
  second = await startSecondNode();
  baseB = await second.listen();
}, 240_000);

afterAll(async () => {
  await second?.stop();
  await stopApp(app);
}, 60_000);

describe('anonymous clients, per address', () => {
  test('the sixth request in a minute is answered 429 with Retry-After, in Vietnamese and English; others are not held back', async () => {
    const client = newClient();
    for (let i = 0; i < 5; i += 1) {
      const res = await send(base, '/api/articles', from(client));
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBe('5');
      expect(res.headers.get('ratelimit-remaining')).toBe(String(4 - i));
    }
    const refused = await send(base, '/api/articles', from(client));
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.json.error).toMatchObject({ status: 429, name: 'RateLimitError' });
    expect(refused.json.error.message).toMatch(/Quá nhiều yêu cầu.*Too many requests/);
    expect((await send(base, '/api/articles', from(newClient()))).status).toBe(200);
  });

  test('REST, feeds, search and GraphQL draw on one budget; GraphQL says so in its own shape', async () => {
    const client = newClient();
    const answers = [
      await send(base, '/api/articles', from(client)),
      await send(base, '/api/feeds/rss.xml', from(client)),
      await send(base, '/api/search?q=thu+tuc', from(client)),
      await graphqlRequest(client, '{ articles { documentId } }'),
      await send(base, '/api/units', from(client)),
    ];
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
    const refused = await graphqlRequest(client, '{ articles { documentId } }');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.json.errors[0].message).toMatch(/Quá nhiều yêu cầu/);
    expect((await send(base, '/api/feeds/atom.xml', from(client))).status).toBe(429);
  });

  test('an address the client writes into X-Forwarded-For is not believed: the proxy’s last entry counts', async () => {
    const client = newClient();
    for (let i = 0; i < 5; i += 1) {
      expect((await send(base, '/api/articles', from(client, {}, newClient()))).status).toBe(200);
    }
    expect((await send(base, '/api/articles', from(client, {}, newClient()))).status).toBe(429);
  });

  test('the admin panel’s own requests are not counted against the address', async () => {
    const client = newClient();
    for (let i = 0; i < 6; i += 1) {
      await send(base, '/api/articles', from(client));
    }
    const token = await superAdminToken(app.strapi);
    for (let i = 0; i < 8; i += 1) {
      const res = await send(
        base,
        '/content-manager/collection-types/api::article.article?page=1&pageSize=1',
        from(client, { headers: { Authorization: `Bearer ${token}` } })
      );
      expect(res.status).toBe(200);
    }
  });

  test('exempt addresses and ranges (IPv4 and IPv6) are never limited', async () => {
    for (const client of ['198.51.100.7', '2001:db8::5']) {
      for (let i = 0; i < 8; i += 1) {
        const res = await send(base, '/api/articles', from(client));
        expect(res.status).toBe(200);
        expect(res.headers.get('ratelimit-limit')).toBeNull();
      }
    }
  });
});

describe('tokens, per token', () => {
  test('a live API token has its own budget, whatever its address has used', async () => {
    const client = newClient();
    for (let i = 0; i < 6; i += 1) {
      await send(base, '/api/articles', from(client));
    }
    const key = await createApiToken(app.strapi, 'read-only');
    const auth = { headers: { Authorization: `Bearer ${key}` } };
    for (let i = 0; i < 8; i += 1) {
      const res = await send(base, '/api/articles', from(newClient(), auth));
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBe('8');
    }
    const refused = await send(base, '/api/articles', from(client, auth));
    expect(refused.status).toBe(429);
    expect(refused.json.error.name).toBe('RateLimitError');
  });

  test('a site token has its own budget too', async () => {
    const unit = await makeUnit(app.strapi, { name: 'Xã giới hạn' });
    const key = `cchc_st_${randomBytes(32).toString('base64url')}`;
    const token = await app.strapi
      .documents('plugin::cchc.site-token')
      .create({ data: { name: 'Trang xã giới hạn', unit: connect(unit) } as never });
    await app.strapi.db.query('plugin::cchc.site-token').update({
      where: { documentId: token.documentId },
      data: {
        keyHash: app.strapi.plugin('cchc').service('site-tokens').hash(key),
        keyPrefix: key.slice(0, 14),
      },
    });
    const auth = { headers: { Authorization: `Bearer ${key}` } };
    const statuses: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      statuses.push((await send(base, '/api/articles', from(newClient(), auth))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
  });

  test('keys no token has are counted against the address: a new forged key each time opens no new budget', async () => {
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const forged = {
        headers: { Authorization: `Bearer forged-${randomBytes(8).toString('hex')}` },
      };
      statuses.push((await send(base, '/api/articles', from(client, forged))).status);
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
  });
});

describe('sign-in forms, per address and e-mail', () => {
  const login = (client: string, email: string, path = '/admin/login') =>
    send(
      base,
      path,
      from(client, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(
          path === '/admin/login'
            ? { email, password: 'not-the-password' }
            : { identifier: email, password: 'not-the-password' }
        ),
      })
    );

  test('the fourth wrong admin sign-in for one e-mail is refused 429; another e-mail from the same address is not', async () => {
    const client = newClient();
    const email = `thu-${randomInt(1e9)}@xa.gov.vn`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await login(client, email)).status);
    }
    expect(statuses.slice(0, 3).every((status) => status === 400 || status === 401)).toBe(true);
    expect(statuses[3]).toBe(429);
    expect((await login(client, email.toUpperCase())).status).toBe(429);
    expect((await login(client, `khac-${email}`)).status).not.toBe(429);
  });

  test('front-end account sign-in is limited the same way', async () => {
    const client = newClient();
    const email = `dan-${randomInt(1e9)}@gmail.com`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await login(client, email, '/api/auth/local')).status);
    }
    expect(statuses[3]).toBe(429);
  });
});

describe('several nodes', () => {
  test('the count is shared through Redis: requests spread over two nodes share one budget', async () => {
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await send(i % 2 ? baseB : base, '/api/articles', from(client))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await send(baseB, '/api/articles', from(client))).status).toBe(429);
  });

  test('while Redis does not answer, each node still limits on its own and nothing fails', async () => {
    redisOf(app.strapi)?.commands.disconnect();
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await send(base, '/api/articles', from(client))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
