import { ensurePublicPermissions } from '../src/bootstrap/public-permissions';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http, superAdminToken } from './helpers/http';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => stopApp(app));

const publicPermissions = async () => {
  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  const rows: Array<{ action: string }> = await app.strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ where: { role: role.id, action: { $startsWith: 'api::' } }, select: ['action'] });
  return rows.map((r) => r.action).sort();
};

describe('Public role grants', () => {
  test('exactly find and findOne on the eight public types', async () => {
    const actions = await publicPermissions();
    expect(actions).toHaveLength(16);
    expect(actions.filter((a) => !/\.(find|findOne)$/.test(a))).toEqual([]);
    expect(actions.some((a) => a.startsWith('api::unit-report'))).toBe(false);
  });

  test('running the bootstrap again adds no duplicate rows', async () => {
    const before = await publicPermissions();
    await ensurePublicPermissions(app.strapi);
    await ensurePublicPermissions(app.strapi);
    expect(await publicPermissions()).toEqual(before);
  });

  test('a stray grant on unit reports or a write is revoked at the next start', async () => {
    const role = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    const before = await publicPermissions();
    for (const action of ['api::unit-report.unit-report.find', 'api::article.article.create']) {
      await app.strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action, role: role.id } });
    }
    const create = () =>
      http(app.strapi)
        .post('/api/articles')
        .send({ data: { title: 'Tin lạ' } });
    expect((await create()).status).toBe(201);
    // the report routes refuse the Public role even while the stray grant exists
    expect((await http(app.strapi).get('/api/unit-reports')).status).toBe(403);
    await ensurePublicPermissions(app.strapi);
    expect(await publicPermissions()).toEqual(before);
    expect((await create()).status).toBe(403);
  });
});

describe('OpenAPI document', () => {
  test('is generated and served as JSON, covering the content API', async () => {
    const res = await http(app.strapi).get('/api/cchc/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const doc = JSON.parse(res.text);
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/articles', '/articles/{id}', '/units', '/trainings', '/campaigns']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  test('the documentation page answers, over the document of /api/cchc/openapi.json', async () => {
    const res = await http(app.strapi).get('/documentation/v1.0.0');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Tài liệu API nội dung CCHC</title>');
    expect(res.text).toContain('"url":"/api/cchc/openapi.json"');
  });
});

describe('admin labels in Vietnamese', () => {
  test('field labels and descriptions of the schema reach the content manager views', async () => {
    const token = await superAdminToken(app.strapi);
    const res = await http(app.strapi)
      .get('/content-manager/content-types/api::article.article/configuration')
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    const { metadatas } = res.body.data.contentType;
    expect(metadatas.title.edit.label).toBe('Tiêu đề');
    expect(metadatas.title.list.label).toBe('Tiêu đề');
    expect(metadatas.sharedWithSubunits.edit.description).toContain('xã');
    const components = res.body.data.components;
    expect(components['content.social-post'].metadatas.hashtags.edit.label).toBe('Hashtag');
    expect(res.body.data.contentType.layouts.list).toEqual([
      'id',
      'title',
      'kind',
      'unit',
      'column',
      'updatedAt',
      'reviewStage',
    ]);
    expect(res.body.data.contentType.settings).toMatchObject({
      defaultSortBy: 'updatedAt',
      defaultSortOrder: 'DESC',
    });

    const units = await http(app.strapi)
      .get('/content-manager/content-types/api::unit.unit/configuration')
      .set('Authorization', `Bearer ${token}`);
    expect(units.body.data.contentType.settings.mainField).toBe('name');

    const types = await http(app.strapi)
      .get('/content-manager/content-types')
      .set('Authorization', `Bearer ${token}`);
    const names = Object.fromEntries(
      types.body.data.map((t: { uid: string; info: { displayName: string } }) => [
        t.uid,
        t.info.displayName,
      ])
    );
    expect(names['api::article.article']).toBe('Tin, bài');
    expect(names['api::unit-report.unit-report']).toBe('Báo cáo kết quả');
  });
});
