import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, http } from './helpers/http';
import { connect, makeArticle, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

const AUDIT = 'plugin::cchc.audit-entry';
const CM = '/content-manager/collection-types';

interface Entry {
  action: string;
  contentType: string;
  targetDocumentId: string;
  actorType: string;
  actorLabel: string;
  changedFields: string[] | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  unitName: string | null;
  summary: string;
  requestId: string | null;
}

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let editor: { id: number; token: string };
let reviewer: { id: number; token: string };
let token: string;

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  editor = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  reviewer = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.D }]);
  token = await createApiToken(app.strapi, 'full-access', 'Lịch đăng bài');
});
afterAll(() => stopApp(app));

const entriesSince = async (id: number): Promise<Array<Entry & { id: number }>> =>
  app.strapi.db.query(AUDIT).findMany({ where: { id: { $gt: id } }, orderBy: { id: 'asc' } });
const lastId = async () =>
  ((await app.strapi.db.query(AUDIT).findOne({ orderBy: { id: 'desc' } })) as { id: number } | null)
    ?.id ?? 0;

const cm = (tokenOf: string) => ({
  post: (url: string, body: object = {}) =>
    http(app.strapi).post(url).set('Authorization', `Bearer ${tokenOf}`).send(body),
  put: (url: string, body: object) =>
    http(app.strapi).put(url).set('Authorization', `Bearer ${tokenOf}`).send(body),
  delete: (url: string) => http(app.strapi).delete(url).set('Authorization', `Bearer ${tokenOf}`),
  get: (url: string) => http(app.strapi).get(url).set('Authorization', `Bearer ${tokenOf}`),
});

describe('audit trail', () => {
  test('a scripted session of 50 mixed operations yields exactly the expected records', async () => {
    const start = await lastId();
    const expected: Array<
      Pick<Entry, 'action' | 'contentType' | 'targetDocumentId' | 'actorType'>
    > = [];
    const expect_ = (
      action: string,
      contentType: string,
      targetDocumentId: string,
      actorType: string
    ) => expected.push({ action, contentType, targetDocumentId, actorType });
    const article = `${CM}/api::article.article`;
    let operations = 0;

    const review = (tokenOf: string, id: string, action: string, comment?: string) =>
      cm(tokenOf).post(`/cchc/review/${UIDS.article}/${id}/${action}`, { comment });

    for (let i = 0; i < 4; i += 1) {
      // editor: create, edit, a refused move (no record), a no-op save (no record)
      const created = await cm(editor.token).post(article, { title: `Tin kiểm tra ${i}` });
      expect(created.status).toBe(201);
      const id = created.body.data.documentId as string;
      expect_('create', UIDS.article, id, 'admin');
      expect(
        (await cm(editor.token).put(`${article}/${id}`, { title: `Tin kiểm tra ${i} (sửa)` }))
          .status
      ).toBe(200);
      expect_('update', UIDS.article, id, 'admin');
      expect(
        (await cm(editor.token).put(`${article}/${id}`, { unit: connect(tree.B) })).status
      ).toBe(400);
      operations += 3;

      // review: submitted by the editor, (the first time returned and sent again), approved
      expect((await review(editor.token, id, 'submit')).status).toBe(200);
      expect_('transition', UIDS.article, id, 'admin');
      if (i === 0) {
        expect((await review(reviewer.token, id, 'return', 'Thiếu nguồn tin')).status).toBe(200);
        expect_('transition', UIDS.article, id, 'admin');
        expect((await review(editor.token, id, 'submit')).status).toBe(200);
        expect_('transition', UIDS.article, id, 'admin');
        operations += 2;
      }
      expect((await review(reviewer.token, id, 'approve')).status).toBe(200);
      expect_('transition', UIDS.article, id, 'admin');
      operations += 2;

      // reviewer: publish, unpublish
      expect((await cm(reviewer.token).post(`${article}/${id}/actions/publish`)).status).toBe(200);
      expect_('publish', UIDS.article, id, 'admin');
      expect((await cm(reviewer.token).post(`${article}/${id}/actions/unpublish`)).status).toBe(
        200
      );
      expect_('unpublish', UIDS.article, id, 'admin');
      operations += 2;

      // token over REST: create, update, delete a leaflet; a bad body (no record)
      const leaflet = await http(app.strapi)
        .post('/api/leaflets')
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { title: `Tờ rơi ${i}`, unit: connect(tree.A), copiesPrinted: 100 } });
      expect(leaflet.status).toBe(201);
      const leafletId = leaflet.body.data.documentId as string;
      expect_('create', UIDS.leaflet, leafletId, 'api-token');
      expect(
        (
          await http(app.strapi)
            .put(`/api/leaflets/${leafletId}`)
            .set('Authorization', `Bearer ${token}`)
            .send({ data: { copiesDistributed: 40 } })
        ).status
      ).toBe(200);
      expect_('update', UIDS.leaflet, leafletId, 'api-token');
      expect(
        (
          await http(app.strapi)
            .post('/api/leaflets')
            .set('Authorization', `Bearer ${token}`)
            .send({ data: { copiesPrinted: -1 } })
        ).status
      ).toBe(400);
      expect(
        (
          await http(app.strapi)
            .delete(`/api/leaflets/${leafletId}`)
            .set('Authorization', `Bearer ${token}`)
        ).status
      ).toBe(204);
      expect_('delete', UIDS.leaflet, leafletId, 'api-token');
      operations += 4;

      // the system (a script): a unit renamed
      await app.strapi
        .documents(UIDS.unit)
        .update({ documentId: tree.V.documentId, data: { name: `Thôn V lần ${i}` } } as never);
      expect_('update', UIDS.unit, tree.V.documentId, 'system');
      operations += 1;
    }
    expect(operations).toBe(50);

    const entries = await entriesSince(start);
    expect(
      entries.map(({ action, contentType, targetDocumentId, actorType }) => ({
        action,
        contentType,
        targetDocumentId,
        actorType,
      }))
    ).toEqual(expected);
  });

  test('an update records the changed fields with before and after of short fields, the actor, unit, request id and IP', async () => {
    const start = await lastId();
    const doc = await makeArticle(app.strapi, {
      title: 'Tiêu đề cũ',
      summary: 'Sa-pô cũ',
      unit: connect(tree.A),
      kind: 'news',
    });
    const res = await http(app.strapi)
      .put(`/api/articles/${doc.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .set('X-Request-Id', 'kiem-tra-123')
      .send({ data: { title: 'Tiêu đề mới', kind: 'report', summary: 'Sa-pô cũ' } });
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toBe('kiem-tra-123');
    const [, update] = await entriesSince(start);
    expect(update).toMatchObject({
      action: 'update',
      actorType: 'api-token',
      actorLabel: 'Lịch đăng bài',
      unitName: expect.stringContaining('Xã A'),
      requestId: 'kiem-tra-123',
      changedFields: ['kind', 'title'],
      changes: {
        kind: { before: 'news', after: 'report' },
        title: { before: 'Tiêu đề cũ', after: 'Tiêu đề mới' },
      },
    });
    expect((update as unknown as { ip: string }).ip).toMatch(
      /127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/
    );
  });

  test('a write that fails leaves no record, and a record that cannot be written undoes the write', async () => {
    const start = await lastId();
    const refused = await http(app.strapi)
      .post('/api/trainings')
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          title: 'Ngược giờ',
          startsAt: '2023-01-02T00:00:00Z',
          endsAt: '2023-01-01T00:00:00Z',
        },
      });
    expect(refused.status).toBe(400);
    expect(await entriesSince(start)).toEqual([]);

    const auditQuery = app.strapi.db.query(AUDIT);
    const original = auditQuery.create;
    const countBefore = await app.strapi.db.query(UIDS.topic).count();
    (auditQuery as { create: unknown }).create = async () => {
      throw new Error('audit store unavailable');
    };
    const dbQuery = app.strapi.db.query.bind(app.strapi.db);
    const spy = jest
      .spyOn(app.strapi.db, 'query')
      .mockImplementation(((uid: string) =>
        uid === AUDIT ? auditQuery : dbQuery(uid as never)) as never);
    try {
      await expect(
        app.strapi.documents(UIDS.topic).create({ data: { name: 'Không được ghi' } } as never)
      ).rejects.toThrow('audit store unavailable');
    } finally {
      spy.mockRestore();
      (auditQuery as { create: unknown }).create = original;
    }
    expect(await app.strapi.db.query(UIDS.topic).count()).toBe(countBefore);
  });

  test('a record names its item by the first naming field that has a value', async () => {
    const start = await lastId();
    await app.strapi.documents(UIDS.unitReport).create({
      data: {
        periodLabel: 'Quý I/2023',
        periodStart: '2023-01-01',
        periodEnd: '2023-03-31',
        unit: connect(tree.A),
      },
    } as never);
    const [entry] = await entriesSince(start);
    // the report's title is generated from its period and unit
    expect(entry).toMatchObject({
      action: 'create',
      summary: `Báo cáo kết quả tuyên truyền CCHC Quý I/2023 – ${tree.A.name}`,
    });
  });

  test('nothing in the admin or the APIs can edit or delete a record', async () => {
    await makeArticle(app.strapi, { unit: connect(tree.A) });
    const entry = (await app.strapi.db.query(AUDIT).findOne({ orderBy: { id: 'desc' } })) as Doc;
    const superAdmin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
    const path = `${CM}/${AUDIT}/${entry.documentId}`;
    expect((await cm(superAdmin.token).put(path, { action: 'delete' })).status).toBe(403);
    expect((await cm(superAdmin.token).delete(path)).status).toBe(403);
    expect(
      (
        await cm(superAdmin.token).post(`${CM}/${AUDIT}`, {
          action: 'create',
          contentType: 'x',
          actorType: 'system',
        })
      ).status
    ).toBe(403);
    await expect(
      app.strapi.documents(AUDIT as never).delete({ documentId: entry.documentId } as never)
    ).rejects.toThrow();
    expect(
      (await http(app.strapi).get('/api/audit-entries').set('Authorization', `Bearer ${token}`))
        .status
    ).toBe(404);
    expect(await app.strapi.db.query(AUDIT).count({ where: { id: entry.id } })).toBe(1);
  });

  test('the office reads the records of its district; an editor reads none', async () => {
    const office = await makeAdmin(app.strapi, ['cchc-office'], [{ unit: tree.O }]);
    const list = await cm(office.token).get(`${CM}/${AUDIT}?page=1&pageSize=100`);
    expect(list.status).toBe(200);
    expect(list.body.results.length).toBeGreaterThan(0);
    expect(list.body.results.every((e: Entry) => e.unitName !== null)).toBe(true);
    expect((await cm(editor.token).get(`${CM}/${AUDIT}?page=1&pageSize=10`)).status).toBe(403);
  });
});

describe('audit export as CSV', () => {
  const exportAs = (tokenOf: string, query = '') =>
    http(app.strapi)
      .get(`/cchc/audit-entries/export.csv${query}`)
      .set('Authorization', `Bearer ${tokenOf}`);

  test('a super admin exports the filtered records with Vietnamese headers, ready for Excel', async () => {
    const superAdmin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
    const res = await exportAs(superAdmin.token, `?type=${UIDS.leaflet}&action=delete`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('nhat-ky-thao-tac.csv');
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.slice(1).trim().split('\n');
    expect(lines[0]).toBe(
      'Thời điểm,Thao tác,Loại nội dung,Mã tài liệu,Tên mục,Đơn vị,Người thao tác,Loại người thao tác,Trường thay đổi,Giá trị trước, sau,Mã yêu cầu,Địa chỉ IP'.replace(
        'Giá trị trước, sau',
        '"Giá trị trước, sau"'
      )
    );
    expect(lines).toHaveLength(1 + 4);
    expect(lines.slice(1).every((line) => line.includes(',delete,api::leaflet.leaflet,'))).toBe(
      true
    );
  });

  test('the office exports only its district; filters by unit and date work', async () => {
    const office = await makeAdmin(app.strapi, ['cchc-office'], [{ unit: tree.O }]);
    const unitSlug = (await app.strapi
      .documents(UIDS.unit)
      .findOne({ documentId: tree.A.documentId }))!.slug;
    const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
    const res = await exportAs(office.token, `?unit=${unitSlug}&from=${today}&to=${today}`);
    expect(res.status).toBe(200);
    const rows = res.text.slice(1).trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((row) => row.includes('Xã A'))).toBe(true);
    const outside = await exportAs(office.token, `?from=2000-01-01&to=2000-01-02`);
    expect(outside.text.slice(1).trim().split('\n')).toHaveLength(1);
  });

  test('editors cannot export; bad filters get 400 with a message', async () => {
    expect((await exportAs(editor.token)).status).toBe(403);
    const superAdmin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
    const bad = await exportAs(superAdmin.token, '?from=26/11/2026');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('from');
    expect((await exportAs(superAdmin.token, '?password=x')).status).toBe(400);
  });
});

describe('role changes', () => {
  test('creating a role, changing its permissions and giving it to a user are recorded', async () => {
    const superAdmin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
    const start = await lastId();
    const auth = { Authorization: `Bearer ${superAdmin.token}` };
    const created = await http(app.strapi)
      .post('/admin/roles')
      .set(auth)
      .send({ name: 'Cộng tác viên', description: 'Thử' });
    expect(created.status).toBe(201);
    const roleId = created.body.data.id;
    const permissions = await http(app.strapi)
      .put(`/admin/roles/${roleId}/permissions`)
      .set(auth)
      .send({
        permissions: [
          {
            action: 'plugin::content-manager.explorer.read',
            subject: UIDS.article,
            properties: { fields: ['title'] },
            conditions: ['plugin::cchc.in-my-unit'],
          },
        ],
      });
    expect(permissions.status).toBe(200);
    const user = await makeAdmin(app.strapi, ['cchc-unit-editor'], []);
    const assigned = await http(app.strapi)
      .put(`/admin/users/${user.id}`)
      .set(auth)
      .send({ roles: [roleId] });
    expect(assigned.status).toBe(200);

    const byAdmin = (await entriesSince(start)).filter(
      (e) => e.action === 'role' && e.actorType === 'admin'
    );
    const models = byAdmin.map((e) => e.contentType);
    expect(models).toContain('admin::role');
    expect(models).toContain('admin::permission');
    expect(models).toContain('admin::user');
    expect(byAdmin.find((e) => e.contentType === 'admin::role')?.summary).toContain(
      'Cộng tác viên'
    );
  });
});
