import http_ from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import { approve, connect, makeArticle, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

// the receiver below listens on loopback, which only an allowlist lets webhooks reach
process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1';

const SUBSCRIPTION = 'plugin::cchc.webhook-subscription';
const DELIVERY = 'plugin::cchc.webhook-delivery';
const CM = '/content-manager/collection-types';
const ARTICLE = UIDS.article;

interface Received {
  headers: http_.IncomingHttpHeaders;
  raw: string;
  body: Record<string, any>;
}
interface DeliveryRow {
  id: number;
  event: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveryId: string;
}

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let superAdmin: { id: number; token: string };
let server: http_.Server;
let port: number;
const received: Received[] = [];
/** Status codes the receiver answers with, in turn; 200 once they run out. */
const replies: Array<number | [number, string]> = [];

beforeAll(async () => {
  server = http_.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, raw, body: JSON.parse(raw) });
      const reply = replies.shift() ?? 200;
      const [status, location] = Array.isArray(reply) ? reply : [reply, undefined];
      res.writeHead(status, location ? { Location: location } : {});
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  superAdmin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
}, 120000);
afterAll(async () => {
  await stopApp(app);
  server.close();
});

const admin = () => ({
  post: (url: string, body: object) =>
    http(app.strapi).post(url).set('Authorization', `Bearer ${superAdmin.token}`).send(body),
  get: (url: string) =>
    http(app.strapi).get(url).set('Authorization', `Bearer ${superAdmin.token}`),
});

const subscribe = async (events: string[], path = '/hook') => {
  const res = await admin().post(`${CM}/${SUBSCRIPTION}`, {
    name: `Nhận ${events.join(', ')}`,
    url: `http://127.0.0.1:${port}${path}`,
    events,
  });
  expect(res.status).toBe(201);
  return res.body.data as { documentId: string; secret: string; id: number };
};

const waitForRequests = async (count: number) => {
  const deadline = Date.now() + 30000;
  while (received.length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(received.length).toBeGreaterThanOrEqual(count);
};

const deliveriesOf = async (subscriptionId: number) =>
  (await app.strapi.db.query(DELIVERY).findMany({
    where: { subscription: { id: subscriptionId } },
    orderBy: { id: 'asc' },
  })) as DeliveryRow[];

const dispatch = (at: number) =>
  app.strapi.plugin('cchc').service('webhooks').dispatch(new Date(at)) as Promise<number>;

const publishArticle = async (doc: Doc) => {
  await approve(app.strapi, ARTICLE, doc.documentId);
  await app.strapi.documents(ARTICLE).publish({ documentId: doc.documentId } as never);
};

describe('subscribers', () => {
  test('a subscription gets a generated secret; unknown events and bad secrets are refused', async () => {
    const created = await subscribe(['entry.publish']);
    expect(created.secret).toMatch(/^[0-9a-f]{48}$/);
    const unknown = await admin().post(`${CM}/${SUBSCRIPTION}`, {
      name: 'Sai',
      url: `http://127.0.0.1:${port}/x`,
      events: ['entry.delete'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('entry.delete');
    const weak = await admin().post(`${CM}/${SUBSCRIPTION}`, {
      name: 'Khóa yếu',
      url: `http://127.0.0.1:${port}/x`,
      events: ['entry.publish'],
      secret: 'ngan',
    });
    expect(weak.status).toBe(400);
    await app.strapi.db.query(SUBSCRIPTION).delete({ where: { id: created.id } });
  });

  test.each([
    ['http://169.254.169.254/latest/meta-data/', 'nội bộ'],
    ['http://10.0.0.8/hook', 'nội bộ'],
    ['http://192.168.1.10/hook', 'nội bộ'],
    ['http://[::1]:8080/hook', 'nội bộ'],
    ['http://[fd00::1]/hook', 'nội bộ'],
    ['http://0.0.0.0/hook', 'nội bộ'],
    ['ftp://example.vn/hook', 'http'],
    ['http://user:pass@example.vn/hook', 'mật khẩu'],
  ])('refuses %s (SSRF)', async (url, mentioned) => {
    const before = await app.strapi.db.query(SUBSCRIPTION).count();
    const res = await admin().post(`${CM}/${SUBSCRIPTION}`, {
      name: 'Nội bộ',
      url,
      events: ['entry.publish'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(mentioned);
    expect(await app.strapi.db.query(SUBSCRIPTION).count()).toBe(before);
  });

  test('only the super admin manages subscriptions', async () => {
    const reviewer = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.D }]);
    const res = await http(app.strapi)
      .get(`${CM}/${SUBSCRIPTION}`)
      .set('Authorization', `Bearer ${reviewer.token}`);
    expect(res.status).toBe(403);
  });
});

describe('deliveries', () => {
  test('publish, edit of published content, review moves and unpublish arrive signed', async () => {
    received.length = 0;
    const subscription = await subscribe([
      'entry.publish',
      'entry.update',
      'entry.unpublish',
      'cchc.entry.submitted',
      'cchc.entry.approved',
    ]);
    const doc = await makeArticle(app.strapi, {
      title: 'Tin có webhook & chữ ký',
      unit: connect(tree.A),
    });
    // an edit of a draft nobody sees yet is not reported
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: doc.documentId, data: { summary: 'Nháp' } } as never);
    await publishArticle(doc);
    await waitForRequests(3);
    expect(received.map((r) => r.headers['x-cchc-event'])).toEqual([
      'cchc.entry.submitted',
      'cchc.entry.approved',
      'entry.publish',
    ]);
    for (const request of received) {
      const expected = `sha256=${createHmac('sha256', subscription.secret).update(request.raw).digest('hex')}`;
      expect(request.headers['x-cchc-signature']).toBe(expected);
      expect(request.headers['x-cchc-delivery']).toBe(request.body.deliveryId);
      expect(request.headers['content-type']).toContain('application/json');
    }
    expect(received[2].body).toMatchObject({
      event: 'entry.publish',
      uid: ARTICLE,
      model: 'article',
      documentId: doc.documentId,
      entry: {
        documentId: doc.documentId,
        title: 'Tin có webhook & chữ ký',
        unit: { documentId: tree.A.documentId, name: tree.A.name },
      },
    });
    expect(received[1].body).toMatchObject({ stage: 'approved', previousStage: 'submitted' });

    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: doc.documentId, data: { summary: 'Sửa sau khi đăng' } } as never);
    await app.strapi.documents(ARTICLE).unpublish({ documentId: doc.documentId } as never);
    await waitForRequests(5);
    expect(received.slice(3).map((r) => r.headers['x-cchc-event'])).toEqual([
      'entry.update',
      'entry.unpublish',
    ]);
    let log = await deliveriesOf(subscription.id);
    for (let i = 0; i < 600 && log.some((d) => d.status !== 'delivered'); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      log = await deliveriesOf(subscription.id);
    }
    expect(
      log.every((d) => d.status === 'delivered' && d.attempts === 1 && d.lastStatusCode === 200)
    ).toBe(true);
    const listed = await admin().get(`${CM}/${DELIVERY}?page=1&pageSize=50`);
    expect(listed.status).toBe(200);
    expect(listed.body.results.length).toBeGreaterThanOrEqual(5);
    await app.strapi.db
      .query(SUBSCRIPTION)
      .update({ where: { id: subscription.id }, data: { active: false } });
  });

  test('a failing receiver is retried with doubling delays; the log shows the status and the error', async () => {
    received.length = 0;
    const subscription = await subscribe(['entry.publish'], '/flaky');
    replies.push(500, 503);
    const doc = await makeArticle(app.strapi, { unit: connect(tree.A) });
    await publishArticle(doc);
    await waitForRequests(1);
    let [delivery] = await deliveriesOf(subscription.id);
    for (let i = 0; i < 600 && (delivery.status === 'running' || delivery.attempts === 0); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      [delivery] = await deliveriesOf(subscription.id);
    }
    expect(delivery).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
    });
    const first = Date.parse(delivery.nextAttemptAt!);
    // the first retry is one backoff period (30 s) after the failed attempt
    expect(first).toBeGreaterThan(Date.now());
    expect(first - Date.now()).toBeLessThanOrEqual(30_000);

    expect(await dispatch(first - 1000)).toBe(0);
    expect(await dispatch(first)).toBe(1);
    [delivery] = await deliveriesOf(subscription.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 2, lastStatusCode: 503 });
    expect(Date.parse(delivery.nextAttemptAt!) - first).toBe(60_000);
    expect(await dispatch(Date.parse(delivery.nextAttemptAt!))).toBe(1);
    [delivery] = await deliveriesOf(subscription.id);
    expect(delivery).toMatchObject({
      status: 'delivered',
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
    });
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.headers['x-cchc-delivery'])).size).toBe(1);
    await app.strapi.db
      .query(SUBSCRIPTION)
      .update({ where: { id: subscription.id }, data: { active: false } });
  });

  test('redirects are not followed; a target that turned internal is refused at sending time', async () => {
    received.length = 0;
    const redirected = await subscribe(['entry.publish'], '/moved');
    replies.push([302, 'http://169.254.169.254/latest/meta-data/']);
    // stored behind the validation's back, as if its DNS had changed since
    const internal = (await app.strapi.db.query(SUBSCRIPTION).create({
      data: {
        name: 'Đổi DNS',
        url: 'http://10.1.2.3/hook',
        secret: 'x'.repeat(32),
        events: ['entry.publish'],
        active: true,
      },
    })) as { id: number };
    const doc = await makeArticle(app.strapi, { unit: connect(tree.A) });
    await publishArticle(doc);
    await waitForRequests(1);
    const deadline = Date.now() + 30000;
    while (
      Date.now() < deadline &&
      [...(await deliveriesOf(redirected.id)), ...(await deliveriesOf(internal.id))].some(
        (d) => d.status === 'running' || d.attempts === 0
      )
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [moved] = await deliveriesOf(redirected.id);
    expect(moved).toMatchObject({ status: 'pending', lastStatusCode: 302 });
    expect(moved.lastError).toContain('chuyển hướng');
    expect(received).toHaveLength(1);
    const [blocked] = await deliveriesOf(internal.id);
    expect(blocked.status).toBe('pending');
    expect(blocked.lastError).toContain('nội bộ');
    expect(blocked.lastStatusCode).toBeNull();
  });
});
