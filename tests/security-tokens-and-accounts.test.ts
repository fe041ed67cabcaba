import { ensurePublicPermissions } from '../src/bootstrap/public-permissions';
import { renameTokenActions } from '../src/plugins/cchc/server/src/core/token-actions';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, graphql, http } from './helpers/http';

/** Issue #12, cases 4 and 5: read-only tokens read published content only; no front-end accounts. */
let app: TestApp;
let readOnly: string;
let fullAccess: string;
let userId: number;

const USER_UID = 'plugin::users-permissions.user';
const ROLE_UID = 'plugin::users-permissions.role';

beforeAll(async () => {
  app = await startApp();
  readOnly = await createApiToken(app.strapi, 'read-only');
  fullAccess = await createApiToken(app.strapi, 'full-access');
  const user = await app.strapi.db.query(USER_UID).create({
    data: {
      username: 'nguoidung',
      email: 'nguoidung@cchc.test',
      provider: 'local',
      confirmed: true,
    },
  });
  userId = user.id as number;
}, 120000);
afterAll(() => stopApp(app));

const get = (url: string, token?: string) => {
  const req = http(app.strapi).get(url);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};
const forbidden = (res: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  res.errors?.some((e) => e.extensions?.code === 'FORBIDDEN') ?? false;

describe('a read-only token reads published public content only', () => {
  test.each([
    '/api/social-queue?pageSize=100',
    '/api/users',
    `/api/users/USER`,
    '/api/users/count',
    '/api/users-permissions/roles',
    '/api/upload/files',
    '/api/stations',
    '/api/social-channels',
    '/api/rundown-items',
  ])('GET %s → 403', async (url) => {
    const res = await get(url.replace('USER', String(userId)), readOnly);
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('nguoidung@cchc.test');
  });

  test.each([
    'usersPermissionsUsers { email }',
    'usersPermissionsRoles { name }',
    'uploadFiles { url }',
    'cchcAuditEntries { documentId }',
    'cchcSocialPosts { documentId }',
    'stations { name }',
  ])('GraphQL %s is refused', async (selection) => {
    const res = await graphql(app.strapi, `{ ${selection} }`, {}, readOnly);
    expect(forbidden(res)).toBe(true);
    expect(JSON.stringify(res)).not.toContain('nguoidung@cchc.test');
  });

  test('published content still answers', async () => {
    expect((await get('/api/articles', readOnly)).status).toBe(200);
    const res = await graphql(app.strapi, '{ articles { title } }', {}, readOnly);
    expect(res.errors).toBeUndefined();
  });
});

describe('user accounts are for a full-access token only', () => {
  test('a full-access token lists them over REST and GraphQL', async () => {
    const list = await get('/api/users', fullAccess);
    expect(list.status).toBe(200);
    expect(list.text).toContain('nguoidung@cchc.test');
    const res = await graphql(app.strapi, '{ usersPermissionsUsers { email } }', {}, fullAccess);
    expect(res.errors).toBeUndefined();
  });

  test('a custom token granted user.find is refused all the same', async () => {
    const custom = await createApiToken(app.strapi, 'custom', 'users-custom', [
      'plugin::users-permissions.user.find',
      'plugin::users-permissions.user.findOne',
    ]);
    expect((await get('/api/users', custom)).status).toBe(403);
    expect((await get(`/api/users/${userId}`, custom)).status).toBe(403);
  });
});

describe('the social queue list has its own action', () => {
  test('a posting tool given social-queue.list reads the queue', async () => {
    const tool = await createApiToken(app.strapi, 'custom', 'posting-tool', [
      'plugin::cchc.social-queue.list',
    ]);
    const res = await get('/api/social-queue?pageSize=100', tool);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.data)).toBe(true);
  });

  test('a token granted the former social-queue.find keeps the list after the next start', async () => {
    const tool = await createApiToken(app.strapi, 'custom', 'legacy-tool', [
      'plugin::cchc.social-queue.claim',
    ]);
    const token = await app.strapi.db
      .query('admin::api-token')
      .findOne({ where: { name: 'legacy-tool' } });
    await app.strapi.db.query('admin::api-token-permission').create({
      data: { action: 'plugin::cchc.social-queue.find', token: token.id },
    });
    expect((await get('/api/social-queue', tool)).status).toBe(403);
    await renameTokenActions(app.strapi);
    await renameTokenActions(app.strapi);
    expect((await get('/api/social-queue', tool)).status).toBe(200);
  });
});

describe('no front-end accounts', () => {
  const account = { username: 'ke-la', email: 'ke-la@cchc.test', password: 'Secret-pass-123' };
  const userCount = () => app.strapi.db.query(USER_UID).count({ where: { email: account.email } });

  test.each([
    ['/api/auth/local/register', account],
    ['/api/auth/local', { identifier: 'nguoidung@cchc.test', password: 'x' }],
    ['/api/auth/forgot-password', { email: 'nguoidung@cchc.test' }],
    ['/api/auth/reset-password', { code: 'x', password: 'x', passwordConfirmation: 'x' }],
    ['/api/auth/send-email-confirmation', { email: 'nguoidung@cchc.test' }],
  ])('POST %s → 403', async (url, body) => {
    const res = await http(app.strapi).post(url).send(body);
    expect(res.status).toBe(403);
    expect(res.body.data?.jwt).toBeUndefined();
    expect(await userCount()).toBe(0);
  });

  test.each([
    [
      'register',
      'mutation { register(input: { username: "ke-la", email: "ke-la@cchc.test", password: "Secret-pass-123" }) { jwt } }',
    ],
    ['login', 'mutation { login(input: { identifier: "nguoidung", password: "x" }) { jwt } }'],
    ['forgotPassword', 'mutation { forgotPassword(email: "nguoidung@cchc.test") { ok } }'],
    [
      'resetPassword',
      'mutation { resetPassword(password: "x", passwordConfirmation: "x", code: "x") { jwt } }',
    ],
  ])('GraphQL %s is refused, with a token or without', async (_name, mutation) => {
    for (const token of [undefined, readOnly, fullAccess]) {
      const res = await graphql(app.strapi, mutation, {}, token);
      expect(forbidden(res)).toBe(true);
      expect(res.errors?.[0]?.message).toMatch(/không dùng tài khoản/);
    }
    expect(await userCount()).toBe(0);
  });

  test('sign-up is off in the users-permissions settings', async () => {
    const advanced = (await app.strapi
      .store({ type: 'plugin', name: 'users-permissions' })
      .get({ key: 'advanced' })) as { allow_register?: boolean };
    expect(advanced.allow_register).toBe(false);
  });

  test('an account grant given to Public again is revoked at the next start, idempotently', async () => {
    const role = await app.strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
    await app.strapi.db.query('plugin::users-permissions.permission').create({
      data: { action: 'plugin::users-permissions.auth.register', role: role.id },
    });
    const store = app.strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown>;
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: true } });

    await ensurePublicPermissions(app.strapi);
    await ensurePublicPermissions(app.strapi);

    const res = await http(app.strapi).post('/api/auth/local/register').send(account);
    expect(res.status).toBe(403);
    const rows = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id }, select: ['action'] });
    expect(rows.filter((r: { action: string }) => !r.action.startsWith('api::'))).toEqual([]);
    expect(((await store.get({ key: 'advanced' })) as Record<string, unknown>).allow_register).toBe(
      false
    );
  });
});
