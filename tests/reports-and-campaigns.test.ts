import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import { connect, makeUnit, makeUnitReport, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
const users = {} as Record<'editor' | 'head' | 'office' | 'reviewer', string>;
const REPORTS = '/content-manager/collection-types/api::unit-report.unit-report';
const CAMPAIGNS = '/content-manager/collection-types/api::campaign.campaign';

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  users.editor = (await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }])).token;
  users.head = (await makeAdmin(app.strapi, ['cchc-unit-head'], [{ unit: tree.A }])).token;
  users.reviewer = (await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.D }])).token;
  users.office = (await makeAdmin(app.strapi, ['cchc-office'], [{ unit: tree.O }])).token;
});
afterAll(() => stopApp(app));

const as = (who: keyof typeof users) => ({
  get: (url: string) => http(app.strapi).get(url).set('Authorization', `Bearer ${users[who]}`),
  post: (url: string, body: object) =>
    http(app.strapi).post(url).set('Authorization', `Bearer ${users[who]}`).send(body),
  put: (url: string, body: object) =>
    http(app.strapi).put(url).set('Authorization', `Bearer ${users[who]}`).send(body),
});
const statusOf = async (report: Doc) =>
  (await app.strapi.documents(UIDS.unitReport).findOne({ documentId: report.documentId }))
    ?.reportStatus;

describe('unit reports in the admin', () => {
  test('an editor drafts the unit’s report but cannot submit it; the head can', async () => {
    const report = await makeUnitReport(app.strapi, { unit: connect(tree.A) });
    const byEditor = await as('editor').put(`${REPORTS}/${report.documentId}`, {
      reportStatus: 'submitted',
      periodLabel: 'Quý IV/2022 (sửa)',
    });
    expect(byEditor.status).toBe(200);
    expect(await statusOf(report)).toBe('draft');
    const byEditorFlow = await as('editor').post(`/cchc/reports/${report.documentId}/submit`, {});
    expect(byEditorFlow.status).toBe(403);
    const byHeadForm = await as('head').put(`${REPORTS}/${report.documentId}`, {
      reportStatus: 'submitted',
    });
    expect(byHeadForm.status).toBe(400);
    expect(byHeadForm.body.error.message).toContain('Gửi báo cáo');
    const byHead = await as('head').post(`/cchc/reports/${report.documentId}/submit`, {});
    expect(byHead.status).toBe(200);
    expect(byHead.body.status).toBe('submitted');
    expect(await statusOf(report)).toBe('submitted');
  });

  test('nobody at a commune sees another commune’s report; reviewers see no reports', async () => {
    const inB = await makeUnitReport(app.strapi, {
      unit: connect(tree.B),
      periodLabel: 'Báo cáo xã B',
    });
    for (const who of ['editor', 'head', 'reviewer'] as const) {
      const one = await as(who).get(`${REPORTS}/${inB.documentId}`);
      expect(one.status).toBe(403);
      const list = await as(who).get(`${REPORTS}?page=1&pageSize=100`);
      expect(JSON.stringify(list.body)).not.toContain('Báo cáo xã B');
    }
  });

  test('the Culture & Information office reads every report under its district and accepts or returns them, without touching the numbers', async () => {
    const inB = await makeUnitReport(app.strapi, {
      unit: connect(tree.B),
      periodLabel: 'Quý III/2022',
      periodStart: '2022-07-01',
      periodEnd: '2022-09-30',
      reportStatus: 'submitted',
      corrections: [{ metric: 'articles', value: 7, reason: 'Tin đăng trên bảng tin của xã' }],
    });
    const list = await as('office').get(`${REPORTS}?page=1&pageSize=100`);
    expect(list.body.results.map((r: Doc) => r.documentId)).toContain(inB.documentId);
    const edit = await as('office').put(`${REPORTS}/${inB.documentId}`, {
      corrections: [{ metric: 'articles', value: 70, reason: 'Sửa số liệu cho đẹp' }],
    });
    expect(edit.status).toBe(403);
    const res = await as('office').post(`/cchc/reports/${inB.documentId}/return`, {
      comment: 'Thiếu tài liệu kiểm chứng',
    });
    expect(res.status).toBe(200);
    const stored = (await app.strapi.documents(UIDS.unitReport).findOne({
      documentId: inB.documentId,
      populate: { counts: true },
    })) as any;
    expect(stored.reportStatus).toBe('returned');
    expect(stored.returnReason).toBe('Thiếu tài liệu kiểm chứng');
    expect(stored.counts.articles).toBe(7);
  });

  test('a report of another district is out of the office’s reach', async () => {
    const otherDistrict = await makeUnit(app.strapi, {
      name: 'Huyện khác',
      level: 'district',
      parent: connect(tree.P),
    });
    const far = await makeUnitReport(app.strapi, { unit: connect(otherDistrict) });
    expect((await as('office').get(`${REPORTS}/${far.documentId}`)).status).toBe(403);
  });
});

describe('campaigns', () => {
  test('the office manages campaigns issued under its district, not elsewhere', async () => {
    const body = {
      documentNumber: '12/KH-UBND',
      title: 'Kế hoạch tuyên truyền CCHC quý I',
      issuedOn: '2023-01-05',
      periodStart: '2023-01-01',
      periodEnd: '2023-03-31',
    };
    const ok = await as('office').post(CAMPAIGNS, { ...body, issuingUnit: connect(tree.D) });
    expect(ok.status).toBe(201);
    const otherDistrict = await makeUnit(app.strapi, {
      name: 'Huyện bên',
      level: 'district',
      parent: connect(tree.P),
    });
    const before = await app.strapi.db.query(UIDS.campaign).count();
    const away = await as('office').post(CAMPAIGNS, {
      ...body,
      documentNumber: '13/KH-UBND',
      issuingUnit: connect(otherDistrict),
    });
    expect(away.status).toBe(400);
    expect(await app.strapi.db.query(UIDS.campaign).count()).toBe(before);
  });

  test('editors read campaigns but cannot write them', async () => {
    expect((await as('editor').get(`${CAMPAIGNS}?page=1&pageSize=10`)).status).toBe(200);
    const res = await as('editor').post(CAMPAIGNS, {
      documentNumber: '1/KH',
      title: 'x',
      issuedOn: '2023-01-01',
      periodStart: '2023-01-01',
      periodEnd: '2023-01-02',
    });
    expect(res.status).toBe(403);
  });
});
