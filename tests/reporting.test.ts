import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { UIDS } from '../src/constants';
import { SOURCES } from '../src/plugins/cchc/server/src/reports/services/report-counts';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, http } from './helpers/http';
import {
  connect,
  makeArticle,
  makeLeaflet,
  makeTraining,
  makeUnit,
  type Doc,
} from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';
import {
  makeLoggedItem,
  makeQueuedPost,
  makeReportingCampaign,
  publishedAt,
} from './helpers/reporting';

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let campaign: Doc;
let reportA: Doc;
const ids: Record<string, Doc> = {};
const users = {} as Record<'editor' | 'head' | 'office' | 'reviewer' | 'farOffice', string>;
const REPORTS = '/content-manager/collection-types/api::unit-report.unit-report';
const Q3 = 'Quý III/2026';

// Quarter III/2026 in Hà Nội time runs from 2026-06-30T17:00Z to 2026-09-30T17:00Z.
const JUST_BEFORE = '2026-06-30T16:59:59.000Z';
const FIRST_INSTANT = '2026-06-30T17:00:00.000Z';
const LAST_SECOND = '2026-09-30T16:59:59.000Z';
const JUST_AFTER = '2026-09-30T17:00:00.000Z';

const as = (who: keyof typeof users) => {
  const auth = { Authorization: `Bearer ${users[who]}` };
  return {
    get: (url: string) => http(app.strapi).get(url).set(auth),
    post: (url: string, body: object = {}) => http(app.strapi).post(url).set(auth).send(body),
    put: (url: string, body: object) => http(app.strapi).put(url).set(auth).send(body),
  };
};

const stored = async (documentId: string) =>
  (await app.strapi.documents(UIDS.unitReport).findOne({
    documentId,
    populate: { counts: true, computedCounts: true, corrections: true },
  })) as Record<string, any>;

const publishedIn = async (make: typeof makeArticle, unit: Doc, at: string, extra = {}) => {
  const doc = await make(app.strapi, { unit: connect(unit), ...extra }, true);
  await publishedAt(app.strapi, make === makeArticle ? UIDS.article : UIDS.leaflet, doc, at);
  return doc;
};

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi, 'báo cáo');
  const { A, B, D, O } = tree;
  campaign = await makeReportingCampaign(app.strapi, D, A);
  users.editor = (await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: A }])).token;
  users.head = (await makeAdmin(app.strapi, ['cchc-unit-head'], [{ unit: A }])).token;
  users.office = (await makeAdmin(app.strapi, ['cchc-office'], [{ unit: O }])).token;
  users.reviewer = (await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: D }])).token;
  const farDistrict = await makeUnit(app.strapi, {
    name: 'Huyện xa',
    level: 'district',
    parent: connect(tree.P),
  });
  const farOfficeUnit = await makeUnit(app.strapi, {
    name: 'Phòng VHTT huyện xa',
    kind: 'office',
    parent: connect(farDistrict),
  });
  users.farOffice = (await makeAdmin(app.strapi, ['cchc-office'], [{ unit: farOfficeUnit }])).token;

  // articles: two inside the quarter at its very edges; outside, drafts and B's do not count
  ids.a1 = await publishedIn(makeArticle, A, FIRST_INSTANT);
  ids.a2 = await publishedIn(makeArticle, A, LAST_SECOND);
  await publishedIn(makeArticle, A, JUST_BEFORE);
  await publishedIn(makeArticle, A, JUST_AFTER);
  await makeArticle(app.strapi, { unit: connect(A) });
  await publishedIn(makeArticle, B, '2026-08-01T03:00:00.000Z');

  // the aired log: 300 + 90 + 150 (planned, none logged) seconds aired in the quarter
  await makeLoggedItem(app.strapi, A, '2026-07-15', 'aired', { aired: 300 });
  await makeLoggedItem(app.strapi, A, '2026-09-30', 'partly_aired', { aired: 90, planned: 200 });
  await makeLoggedItem(app.strapi, A, '2026-08-01', 'aired', { planned: 150 });
  await makeLoggedItem(app.strapi, A, '2026-08-02', 'planned', { planned: 600 });
  await makeLoggedItem(app.strapi, A, '2026-08-03', 'cancelled', { planned: 600 });
  await makeLoggedItem(app.strapi, A, '2026-10-01', 'aired', { aired: 600 });
  await makeLoggedItem(app.strapi, A, '2026-06-30', 'aired', { aired: 600 });
  await makeLoggedItem(app.strapi, B, '2026-07-20', 'aired', { aired: 600 });

  // leaflets: 500 + 200 printed, 450 + 200 distributed
  await publishedIn(makeLeaflet, A, '2026-07-10T02:00:00.000Z', {
    copiesPrinted: 500,
    copiesDistributed: 450,
  });
  await publishedIn(makeLeaflet, A, '2026-09-01T02:00:00.000Z', {
    copiesPrinted: 200,
    copiesDistributed: 200,
  });
  await makeLeaflet(app.strapi, { unit: connect(A), copiesPrinted: 1000, copiesDistributed: 1000 });
  await publishedIn(makeLeaflet, A, JUST_AFTER, { copiesPrinted: 900, copiesDistributed: 900 });

  // trainings held in the quarter: 60 + 40 participants
  const training = (startsAt: string, participantsActual: number, publish = true) =>
    makeTraining(
      app.strapi,
      { unit: connect(A), startsAt, endsAt: null, participantsActual },
      publish
    );
  await training('2026-08-10T01:00:00.000Z', 60);
  await training('2026-09-30T16:00:00.000Z', 40);
  await training('2026-08-11T01:00:00.000Z', 500, false);
  await training('2026-10-01T01:00:00.000Z', 500);

  // social posts: one posted in the quarter
  await makeQueuedPost(app.strapi, A, 'posted', '2026-07-05T03:00:00.000Z');
  await makeQueuedPost(app.strapi, A, 'posted', '2026-10-02T03:00:00.000Z');
  await makeQueuedPost(app.strapi, A, 'pending', null);
  await makeQueuedPost(app.strapi, A, 'failed', null);
  await makeQueuedPost(app.strapi, B, 'posted', '2026-07-05T03:00:00.000Z');
}, 120000);
afterAll(() => stopApp(app));

describe('the tables behind the counts', () => {
  interface Index {
    name: string;
    columns: string[];
    type?: string | null;
  }
  const indexesOf = async (uid: string) => {
    const meta = app.strapi.db.metadata.get(uid as never) as {
      tableName: string;
      attributes: Record<string, { columnName?: string }>;
    };
    const inspector = app.strapi.db.dialect.schemaInspector as unknown as {
      getIndexes(table: string): Promise<Index[]>;
    };
    return { meta, indexes: await inspector.getIndexes(meta.tableName) };
  };

  test('each count filters by a date column that leads an index, so a summary never scans a table', async () => {
    for (const source of Object.values(SOURCES)) {
      const { meta, indexes } = await indexesOf(source.uid);
      const column = meta.attributes[source.at]?.columnName ?? source.at;
      expect({ uid: source.uid, indexed: indexes.some((i) => i.columns[0] === column) }).toEqual({
        uid: source.uid,
        indexed: true,
      });
    }
  });

  test('dedupe keys and site token hashes are unique indexes, whichever node writes', async () => {
    for (const [uid, column] of [
      ['plugin::cchc.social-post', 'dedupe_key'],
      ['plugin::cchc.report-reminder', 'dedupe_key'],
      ['plugin::cchc.site-token', 'key_hash'],
    ]) {
      const { indexes } = await indexesOf(uid);
      const unique = indexes.filter(
        (i) => i.columns.length === 1 && i.columns[0] === column && i.type === 'unique'
      );
      expect({ uid, unique: unique.length }).toEqual({ uid, unique: 1 });
    }
  });
});

const EXPECTED_A = {
  articles: 2,
  broadcasts: 3,
  broadcastMinutes: 9,
  leafletsPrinted: 700,
  leafletsDistributed: 650,
  trainings: 2,
  participants: 100,
  socialPosts: 1,
};

describe('a unit report is prefilled from the system', () => {
  test('creating the report counts only the unit’s published or aired items of the period', async () => {
    const res = await as('editor').post(REPORTS, {
      unit: connect(tree.A),
      campaign: connect(campaign),
      periodLabel: 'quý 3/2026',
    });
    expect(res.status).toBe(201);
    reportA = res.body.data;
    const report = await stored(reportA.documentId);
    expect(report).toMatchObject({
      periodLabel: Q3,
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      periodKey: '2026-Q3',
      dueOn: '2026-10-05',
      reportStatus: 'draft',
    });
    expect(report.computedCounts).toMatchObject(EXPECTED_A);
    expect(report.counts).toMatchObject(EXPECTED_A);
    expect(report.title).toContain(Q3);
  });

  test('each count links to the items behind it', async () => {
    const state = await as('editor').get(`/cchc/reports/${reportA.documentId}`);
    expect(state.status).toBe(200);
    expect(state.body.targets).toEqual({
      articles: 4,
      broadcasts: 10,
      broadcastMinutes: 60,
      leafletsDistributed: 300,
      trainings: 1,
      participants: 50,
      socialPosts: 3,
    });
    const { sources } = state.body;
    expect(sources.articles.uid).toBe(UIDS.article);
    expect(sources.articles.items.map((i: { documentId: string }) => i.documentId)).toEqual([
      ids.a2.documentId,
      ids.a1.documentId,
    ]);
    expect(sources.broadcasts.items).toHaveLength(3);
    expect(sources.leaflets.items.map((i: { values: object }) => i.values)).toEqual(
      expect.arrayContaining([
        { copiesPrinted: 500, copiesDistributed: 450 },
        { copiesPrinted: 200, copiesDistributed: 200 },
      ])
    );
    expect(sources.trainings.items).toHaveLength(2);
    expect(sources.socialPosts.items).toHaveLength(1);
  });

  test('a correction needs a written reason, and the report keeps both numbers', async () => {
    const url = `${REPORTS}/${reportA.documentId}`;
    const bare = await as('editor').put(url, {
      corrections: [{ metric: 'leafletsDistributed', value: 700, reason: '' }],
    });
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain('lý do');
    expect(bare.body.error.message).toContain('từ 650 thành 700');
    const twice = await as('editor').put(url, {
      corrections: [
        { metric: 'articles', value: 3, reason: 'Một tin đăng trên bản tin giấy' },
        { metric: 'articles', value: 4, reason: 'Một tin đăng trên bản tin giấy' },
      ],
    });
    expect(twice.status).toBe(400);
    const ok = await as('editor').put(url, {
      corrections: [
        { metric: 'leafletsDistributed', value: 700, reason: 'Phát thêm 50 bản tại hội nghị thôn' },
      ],
    });
    expect(ok.status).toBe(200);
    const report = await stored(reportA.documentId);
    expect(report.computedCounts.leafletsDistributed).toBe(650);
    expect(report.counts.leafletsDistributed).toBe(700);
    expect(report.corrections).toEqual([
      expect.objectContaining({ metric: 'leafletsDistributed', value: 700, computedValue: 650 }),
    ]);
    // a request cannot overwrite the computed numbers
    await as('editor').put(url, { computedCounts: { articles: 99 }, counts: { articles: 99 } });
    expect((await stored(reportA.documentId)).counts.articles).toBe(2);
  });

  test('one report per unit, plan and period; a period is a name or two dates', async () => {
    const again = await as('editor').post(REPORTS, {
      unit: connect(tree.A),
      campaign: connect(campaign),
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
    });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain('đã có báo cáo');
    const nothing = await as('editor').post(REPORTS, {
      unit: connect(tree.A),
      campaign: connect(campaign),
    });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.message).toContain('Cần kỳ báo cáo');
    const clash = await as('editor').post(REPORTS, {
      unit: connect(tree.A),
      campaign: connect(campaign),
      periodLabel: 'Tháng 8/2026',
      periodStart: '2026-08-01',
      periodEnd: '2026-08-15',
    });
    expect(clash.status).toBe(400);
    const month = await as('editor').post(REPORTS, {
      unit: connect(tree.A),
      campaign: connect(campaign),
      periodLabel: 'Tháng 8/2026',
    });
    expect(month.status).toBe(201);
    expect(await stored(month.body.data.documentId)).toMatchObject({
      periodKey: '2026-08',
      periodEnd: '2026-08-31',
      computedCounts: expect.objectContaining({ broadcasts: 1, trainings: 1, participants: 60 }),
    });
    // the content manager sends the name and both dates on every save: what changed wins
    const url = `${REPORTS}/${month.body.data.documentId}`;
    const renamed = await as('editor').put(url, {
      periodLabel: 'Tháng 9/2026',
      periodStart: '2026-08-01',
      periodEnd: '2026-08-31',
    });
    expect(renamed.status).toBe(200);
    expect(await stored(month.body.data.documentId)).toMatchObject({
      periodKey: '2026-09',
      periodStart: '2026-09-01',
      periodEnd: '2026-09-30',
    });
    const redated = await as('editor').put(url, {
      periodLabel: 'Tháng 9/2026',
      periodStart: '2026-09-01',
      periodEnd: '2026-09-15',
    });
    expect(redated.status).toBe(200);
    expect(await stored(month.body.data.documentId)).toMatchObject({
      periodKey: '2026-09-01..2026-09-15',
      periodLabel: 'Từ 01/09/2026 đến 15/09/2026',
    });
  });
});

test('a training not yet held does not count, even inside the period', async () => {
  await makeTraining(
    app.strapi,
    {
      unit: connect(tree.A),
      startsAt: '2099-06-01T01:00:00.000Z',
      endsAt: null,
      participantsActual: 80,
    },
    true
  );
  const report = await app.strapi.documents(UIDS.unitReport).create({
    data: { unit: tree.A.id, periodLabel: 'Năm 2099' },
  } as never);
  expect((await stored(report.documentId)).computedCounts).toMatchObject({
    trainings: 0,
    participants: 0,
  });
});

describe('submission flow', () => {
  const move = (who: keyof typeof users, action: string, body = {}) =>
    as(who).post(`/cchc/reports/${reportA.documentId}/${action}`, body);

  test('the unit head submits; an editor, a reviewer or another district’s office cannot move it', async () => {
    expect((await move('editor', 'submit')).status).toBe(403);
    expect((await move('office', 'submit')).status).toBe(403);
    const sent = await move('head', 'submit');
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'submitted', allowed: ['withdraw'] });
    expect((await stored(reportA.documentId)).submittedAt).toBeTruthy();
    expect((await move('reviewer', 'accept')).status).toBe(403);
    expect((await move('farOffice', 'accept')).status).toBe(403);
    const locked = await as('head').put(`${REPORTS}/${reportA.documentId}`, { proposals: null });
    expect(locked.status).toBe(400);
    expect(locked.body.error.message).toContain('không sửa được');
  });

  test('the office returns it with a reason; the head corrects and sends again; the office accepts', async () => {
    const bare = await move('office', 'return');
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain('lý do');
    const back = await move('office', 'return', {
      comment: 'Thiếu tài liệu kiểm chứng cho số tờ rơi',
    });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({
      status: 'returned',
      returnReason: 'Thiếu tài liệu kiểm chứng cho số tờ rơi',
    });
    const fixed = await as('head').put(`${REPORTS}/${reportA.documentId}`, {
      evidence: [
        {
          metric: 'leafletsDistributed',
          title: 'Sổ phát tờ rơi tại hội nghị thôn',
          url: 'https://sontay.example.gov.vn/so-phat-to-roi',
        },
      ],
    });
    expect(fixed.status).toBe(200);
    expect((await move('head', 'submit')).status).toBe(200);
    const accepted = await move('office', 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.history.map((h: { to: string }) => h.to)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'accepted',
    ]);
    expect((await move('office', 'accept')).status).toBe(400);
    expect((await stored(reportA.documentId)).counts).toMatchObject({
      ...EXPECTED_A,
      leafletsDistributed: 700,
    });
  });
});

describe('district summary', () => {
  const summaryUrl = (extra = '') =>
    `/cchc/reports/summary?campaign=${campaign.documentId}&period=2026-Q3${extra}`;

  test('one row per unit under the district, with targets, completion, channels and lateness', async () => {
    const res = await as('office').get(summaryUrl());
    expect(res.status).toBe(200);
    const { rows, totals, period } = res.body;
    expect(period).toMatchObject({ key: '2026-Q3', label: Q3, dueOn: '2026-10-05' });
    const row = (unit: Doc) => rows.find((r: any) => r.unit.documentId === unit.documentId);
    expect(rows.map((r: any) => r.unit.documentId).sort()).toEqual(
      [tree.A, tree.B, tree.O, tree.C, tree.V].map((u) => u.documentId).sort()
    );
    expect(row(tree.A)).toMatchObject({
      source: 'report',
      status: 'accepted',
      late: false,
      counts: { ...EXPECTED_A, leafletsDistributed: 700 },
      systemCounts: EXPECTED_A,
      overallCompletion: 61.2,
      channelVariety: 5,
      completion: { articles: 50, broadcasts: 30, leafletsDistributed: 233.3 },
    });
    // B: the commune target for a year, a quarter's share; no report and the due date has passed
    expect(row(tree.B)).toMatchObject({
      source: 'system',
      status: 'missing',
      expected: true,
      late: true,
      targets: { articles: 2, broadcasts: 10, trainings: 1 },
      counts: expect.objectContaining({
        articles: 1,
        broadcasts: 1,
        broadcastMinutes: 10,
        socialPosts: 1,
      }),
    });
    expect(row(tree.O)).toMatchObject({ expected: false, late: false, overallCompletion: null });
    for (const metric of Object.keys(EXPECTED_A)) {
      expect(totals.counts[metric]).toBe(
        rows.reduce((sum: number, r: any) => sum + r.counts[metric], 0)
      );
    }
    expect(totals).toMatchObject({ units: 5, expected: 2, accepted: 1, late: 1, missing: 1 });
  });

  test('once every expected unit has reported, the totals are the sum of the unit reports', async () => {
    const b = await app.strapi.documents(UIDS.unitReport).create({
      data: { unit: tree.B.id, campaign: campaign.id, periodLabel: Q3 },
    } as never);
    await app.strapi.plugin('cchc').service('report-flow').transition(b.documentId, 'submit');
    const res = await as('office').get(summaryUrl());
    const reports = (await app.strapi.db.query(UIDS.unitReport).findMany({
      where: { campaign: { id: campaign.id }, periodKey: '2026-Q3' },
      populate: { counts: true },
    })) as Array<{ counts: Record<string, number> }>;
    expect(reports).toHaveLength(2);
    for (const metric of Object.keys(EXPECTED_A)) {
      const sum = reports.reduce((total, r) => total + r.counts[metric], 0);
      expect(res.body.totals.counts[metric]).toBe(sum);
    }
    expect(res.body.totals).toMatchObject({ late: 0, missing: 0, submitted: 1, accepted: 1 });
  });

  test('who may read it: the office and reviewers in the admin, granted API tokens', async () => {
    const options = async (who: keyof typeof users) =>
      (await as(who).get('/cchc/reports/options')).body;
    expect(await options('office')).toMatchObject({ canRemind: true });
    expect(await options('reviewer')).toMatchObject({ canRemind: false });
    // the lists the dashboard links to are the content the counts read, machinery left out
    expect((await options('office')).itemLists).toEqual([
      { kind: 'articles', uid: 'api::article.article' },
      { kind: 'broadcasts', uid: 'api::rundown-item.rundown-item' },
      { kind: 'leaflets', uid: 'api::leaflet.leaflet' },
      { kind: 'trainings', uid: 'api::training.training' },
    ]);
    // roots to summarise: units with units below them, inside the caller's reach
    expect((await options('office')).roots.map((r: Doc) => r.documentId)).toEqual([
      tree.D.documentId,
      tree.A.documentId,
    ]);
    const planned = (await options('office')).campaigns.find(
      (c: { documentId: string }) => c.documentId === campaign.documentId
    );
    expect(planned.periods.map((p: { key: string }) => p.key)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    const forReviewer = await as('reviewer').get(summaryUrl());
    expect(forReviewer.status).toBe(200);
    // reviewers follow progress but do not read the reports themselves
    const reportOf = (body: any) =>
      body.rows.find((r: any) => r.unit.documentId === tree.A.documentId).report;
    expect(reportOf(forReviewer.body)).toBeNull();
    expect(
      forReviewer.body.rows.find((r: any) => r.unit.documentId === tree.A.documentId).status
    ).toBe('accepted');
    expect(reportOf((await as('office').get(summaryUrl())).body).corrections).toHaveLength(1);
    expect((await as('editor').get(summaryUrl())).status).toBe(403);
    const far = await as('farOffice').get(summaryUrl());
    expect(far.status).toBe(403);
    expect(far.body.error.message).toContain('ngoài phạm vi');
    const api = `/api/reports/summary?campaign=${campaign.documentId}&period=2026-Q3`;
    expect((await http(app.strapi).get(api)).status).toBe(403);
    const readOnly = await createApiToken(app.strapi, 'read-only');
    expect(
      (await http(app.strapi).get(api).set('Authorization', `Bearer ${readOnly}`)).status
    ).toBe(403);
    const granted = await createApiToken(app.strapi, 'custom', undefined, [
      'plugin::cchc.reports.summary',
    ]);
    const res = await http(app.strapi).get(api).set('Authorization', `Bearer ${granted}`);
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(5);
  });

  test.each([
    ['?campaign=&period=2026-Q3', 400, 'kế hoạch'],
    [`?campaign=${'x'.repeat(10)}&period=2026-Q3`, 404, 'Không tìm thấy kế hoạch'],
    ['?campaign=CAMPAIGN&period=Quý V/2026', 400, 'không hợp lệ'],
    ['?campaign=CAMPAIGN&period=2026-Q3&unit=nope', 404, 'Không tìm thấy đơn vị'],
    ['?campaign=CAMPAIGN&bogus=1', 400, 'bogus'],
  ])('bad input %s gets %d', async (query, status, message) => {
    const res = await as('office').get(
      `/cchc/reports/summary${query.replace('CAMPAIGN', campaign.documentId)}`
    );
    expect(res.status).toBe(status);
    expect(JSON.stringify(res.body.error)).toContain(message);
  });
});

const unzipEntry = (buffer: Buffer, name: string) =>
  new Promise<string>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) {
        return reject(error);
      }
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) {
          return zip.readEntry();
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            return reject(err);
          }
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in the archive`)));
      zip.readEntry();
    });
  });

const binary = (
  res: { on(event: string, cb: (chunk?: Buffer) => void): void },
  cb: (e: Error | null, b: Buffer) => void
) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('exports', () => {
  const query = () => `campaign=${campaign.documentId}&period=2026-Q3`;

  test('DOCX in the Decree 30 form carries the summary’s numbers', async () => {
    const summary = (await as('office').get(`/cchc/reports/summary?${query()}`)).body;
    const res = await as('office')
      .get(`/cchc/reports/summary.docx?${query()}&number=125&signer=Hồ Thái Sơn`)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = (await unzipEntry(res.body, 'word/document.xml')).replace(/<[^>]+>/g, ' ');
    for (const part of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN',
      'Số: 125/BC-UBND',
      'V/v',
      'BÁO CÁO',
      Q3,
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'Hồ Thái Sơn',
      tree.A.name,
      tree.B.name,
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain(String(summary.totals.counts.leafletsDistributed));
    expect(text).toContain(String(summary.totals.counts.participants));
  });

  test('XLSX has one sheet per section with the same numbers', async () => {
    const summary = (await as('office').get(`/cchc/reports/summary?${query()}`)).body;
    const res = await as('office')
      .get(`/cchc/reports/summary.xlsx?${query()}`)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Chậm báo cáo',
      'Điều chỉnh số liệu',
      'Tài liệu kiểm chứng',
    ]);
    const units = book.getWorksheet('Theo đơn vị')!;
    const values: unknown[][] = [];
    units.eachRow((row) => values.push(row.values as unknown[]));
    const rowA = values.find((v) => v.includes(tree.A.name))!;
    expect(rowA).toEqual(expect.arrayContaining([700, 650 + 50, 100, 9]));
    const corrections: unknown[][] = [];
    book
      .getWorksheet('Điều chỉnh số liệu')!
      .eachRow((row) => corrections.push(row.values as unknown[]));
    expect(JSON.stringify(corrections)).toContain('Phát thêm 50 bản tại hội nghị thôn');
    const evidence: unknown[][] = [];
    book
      .getWorksheet('Tài liệu kiểm chứng')!
      .eachRow((row) => evidence.push(row.values as unknown[]));
    expect(JSON.stringify(evidence)).toContain('https://sontay.example.gov.vn/so-phat-to-roi');
    const totalsSheet = JSON.stringify(
      (() => {
        const all: unknown[] = [];
        book.getWorksheet('Tổng hợp')!.eachRow((row) => all.push(row.values));
        return all;
      })()
    );
    expect(totalsSheet).toContain(String(summary.totals.counts.participants));
  });
});
