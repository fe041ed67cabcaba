import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import { connect, makeArticle, type Doc } from './helpers/fixtures';
import { addMembership, makeAdmin, makeDistrictTree, roleByCode } from './helpers/units';

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let editor: { id: number; token: string };
let reviewer: { id: number; token: string };
const CM = '/content-manager/collection-types/api::article.article';

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  editor = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  reviewer = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.A }]);
}, 180_000);
afterAll(() => stopApp(app));

const as = (token: string) => ({
  get: (url: string) => http(app.strapi).get(url).set('Authorization', `Bearer ${token}`),
  post: (url: string, body: object = {}) =>
    http(app.strapi).post(url).set('Authorization', `Bearer ${token}`).send(body),
  put: (url: string, body: object) =>
    http(app.strapi).put(url).set('Authorization', `Bearer ${token}`).send(body),
});
const unitOf = async (documentId: string) => {
  const doc = await app.strapi
    .documents(UIDS.article)
    .findOne({ documentId, populate: { unit: true } });
  return (doc?.unit as Doc | null)?.documentId;
};
const articleCount = () => app.strapi.db.query(UIDS.article).count();

describe('holes the content manager leaves, closed', () => {
  test('create with a foreign unit: 400 with a message, nothing stored', async () => {
    const before = await articleCount();
    const res = await as(editor.token).post(CM, { title: 'Tin gửi nhầm', unit: connect(tree.B) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('ngoài phạm vi');
    expect(await articleCount()).toBe(before);
  });

  test('create without a unit: the author’s unit is filled in', async () => {
    const res = await as(editor.token).post(CM, { title: 'Tin không chọn đơn vị' });
    expect(res.status).toBe(201);
    expect(await unitOf(res.body.data.documentId)).toBe(tree.A.documentId);
  });

  test('moving one’s own entry to a foreign unit by connect on update: 400, unit unchanged', async () => {
    const own = await makeArticle(app.strapi, { unit: connect(tree.A) });
    const res = await as(editor.token).put(`${CM}/${own.documentId}`, {
      title: 'Chuyển đi',
      unit: connect(tree.B),
    });
    expect(res.status).toBe(400);
    expect(await unitOf(own.documentId)).toBe(tree.A.documentId);
    const stored = await app.strapi.documents(UIDS.article).findOne({ documentId: own.documentId });
    expect(stored?.title).not.toBe('Chuyển đi');
  });

  test('moving one’s own entry to a foreign unit on publish: 400, not published, unit unchanged', async () => {
    const own = await makeArticle(app.strapi, { unit: connect(tree.V) });
    const res = await as(reviewer.token).post(`${CM}/${own.documentId}/actions/publish`, {
      title: 'Xuất bản sang xã khác',
      unit: connect(tree.B),
    });
    expect(res.status).toBe(400);
    expect(await unitOf(own.documentId)).toBe(tree.V.documentId);
    expect(
      await app.strapi.db
        .query(UIDS.article)
        .count({ where: { documentId: own.documentId, publishedAt: { $notNull: true } } })
    ).toBe(0);
  });

  test('removing the owning unit on update is refused', async () => {
    const own = await makeArticle(app.strapi, { unit: connect(tree.A) });
    const res = await as(editor.token).put(`${CM}/${own.documentId}`, {
      unit: { disconnect: [{ documentId: tree.A.documentId }] },
    });
    expect(res.status).toBe(400);
    expect(await unitOf(own.documentId)).toBe(tree.A.documentId);
  });

  test('bulkFindForValidation does not hand out foreign documents', async () => {
    const own = await makeArticle(app.strapi, { title: 'Tin của xã A', unit: connect(tree.A) });
    const foreign = await makeArticle(app.strapi, {
      title: 'Tin riêng của xã B',
      unit: connect(tree.B),
    });
    const mixed = await as(editor.token).post(`${CM}/actions/bulkFindForValidation`, {
      documentIds: [own.documentId, foreign.documentId],
    });
    expect(mixed.status).toBe(403);
    expect(JSON.stringify(mixed.body)).not.toContain('Tin riêng của xã B');
    const ownOnly = await as(editor.token).post(`${CM}/actions/bulkFindForValidation`, {
      documentIds: [own.documentId],
    });
    expect(ownOnly.status).toBe(200);
    expect(ownOnly.body.results.map((r: Doc) => r.documentId)).toEqual([own.documentId]);
  });

  test('clone of a foreign document: refused, no content returned, nothing created', async () => {
    const foreign = await makeArticle(app.strapi, {
      title: 'Bài gốc của xã B',
      unit: connect(tree.B),
    });
    const before = await articleCount();
    const res = await as(editor.token).post(`${CM}/clone/${foreign.documentId}`, {});
    expect([403, 404]).toContain(res.status);
    expect(JSON.stringify(res.body)).not.toContain('Bài gốc của xã B');
    expect(await articleCount()).toBe(before);
  });

  test('clone of one’s own document stays in one’s unit and cannot be sent elsewhere', async () => {
    const own = await makeArticle(app.strapi, { title: 'Bài để nhân bản', unit: connect(tree.A) });
    const ok = await as(editor.token).post(`${CM}/clone/${own.documentId}`, { title: 'Bản sao' });
    expect(ok.status).toBe(200);
    expect(await unitOf(ok.body.data.documentId)).toBe(tree.A.documentId);
    const away = await as(editor.token).post(`${CM}/clone/${own.documentId}`, {
      title: 'Bản sao đi xa',
      unit: connect(tree.B),
    });
    expect(away.status).toBe(400);
  });

  test('an editor cannot delete published content, only drafts', async () => {
    const published = await makeArticle(app.strapi, { unit: connect(tree.A) }, true);
    const res = await http(app.strapi)
      .delete(`${CM}/${published.documentId}`)
      .set('Authorization', `Bearer ${editor.token}`);
    expect(res.status).toBe(403);
    const draft = await makeArticle(app.strapi, { unit: connect(tree.A) });
    const ok = await http(app.strapi)
      .delete(`${CM}/${draft.documentId}`)
      .set('Authorization', `Bearer ${editor.token}`);
    expect(ok.status).toBe(200);
  });

  test('a membership change takes effect on the next request, without a restart', async () => {
    const inB = await makeArticle(app.strapi, { title: 'Tin xã B', unit: connect(tree.B) });
    expect((await as(editor.token).get(`${CM}/${inB.documentId}`)).status).toBe(403);
    const membership = await addMembership(app.strapi, editor.id, tree.B);
    expect((await as(editor.token).get(`${CM}/${inB.documentId}`)).status).toBe(200);
    await app.strapi.db
      .query('plugin::cchc.unit-membership')
      .delete({ where: { id: membership.id } });
    expect((await as(editor.token).get(`${CM}/${inB.documentId}`)).status).toBe(403);
  });

  test('a membership limited to one role scopes only that role', async () => {
    // editor at commune A for every role, reviewer only at commune B
    const user = await makeAdmin(
      app.strapi,
      ['cchc-unit-editor', 'cchc-reviewer'],
      [
        { unit: tree.A, roleCode: 'cchc-unit-editor' },
        { unit: tree.B, roleCode: 'cchc-reviewer' },
      ]
    );
    const approved = { reviewStage: 'approved' };
    const inA = await makeArticle(app.strapi, { unit: connect(tree.A), ...approved });
    const inB = await makeArticle(app.strapi, { unit: connect(tree.B), ...approved });
    expect((await as(user.token).post(`${CM}/${inB.documentId}/actions/publish`)).status).toBe(200);
    expect((await as(user.token).post(`${CM}/${inA.documentId}/actions/publish`)).status).toBe(403);
  });
});

describe('conditions that fail open are caught at start', () => {
  test('a permission naming an unregistered condition is removed, not left to apply everywhere', async () => {
    const role = await roleByCode(app.strapi, 'cchc-unit-editor');
    const rogue = await app.strapi.db.query('admin::permission').create({
      data: {
        action: 'plugin::content-manager.explorer.delete',
        subject: 'api::column.column',
        properties: {},
        conditions: ['plugin::cchc.in-my-village'],
        role: role.id,
      },
    });
    const result = await app.strapi.plugin('cchc').service('role-guard').check();
    expect(result.removed).toBe(1);
    expect(await app.strapi.db.query('admin::permission').count({ where: { id: rogue.id } })).toBe(
      0
    );
  });

  test('a default role whose unit condition went missing gets it back', async () => {
    const role = await roleByCode(app.strapi, 'cchc-unit-editor');
    const permission = await app.strapi.db.query('admin::permission').findOne({
      where: {
        role: role.id,
        action: 'plugin::content-manager.explorer.read',
        subject: UIDS.article,
      },
    });
    await app.strapi.db
      .query('admin::permission')
      .update({ where: { id: permission.id }, data: { conditions: [] } });
    const result = await app.strapi.plugin('cchc').service('role-guard').check();
    expect(result.repaired).toBe(1);
    const repaired = await app.strapi.db
      .query('admin::permission')
      .findOne({ where: { id: permission.id } });
    expect(repaired.conditions).toEqual(['plugin::cchc.in-my-unit']);
  });

  test('the conditions are offered in the Roles editor', async () => {
    const superAdmin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
    const res = await as(superAdmin.token).get('/admin/permissions');
    expect(res.status).toBe(200);
    const ids = res.body.data.conditions.map((c: { id: string }) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'plugin::cchc.in-my-unit',
        'plugin::cchc.in-my-unit-or-below',
        'plugin::cchc.in-my-parent-unit-or-below',
      ])
    );
  });

  test('default roles are created once: a restart adds none', async () => {
    const count = await app.strapi.db.query('admin::role').count();
    await app.strapi.plugin('cchc').service('default-roles').ensure();
    expect(await app.strapi.db.query('admin::role').count()).toBe(count);
    const names = (await app.strapi.db.query('admin::role').findMany({ select: ['name'] })).map(
      (r: { name: string }) => r.name
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Biên tập viên đơn vị',
        'Lãnh đạo đơn vị',
        'Biên tập Cổng / Trung tâm VH-TT',
        'Phòng Văn hóa và Thông tin',
      ])
    );
  });
});
