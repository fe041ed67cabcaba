import fs from 'node:fs';
import path from 'node:path';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import { makeAdmin, makeDistrictTree } from './helpers/units';

/**
 * Adding a publishable type is its schema (and Strapi's core factories, as `strapi generate`
 * writes them) plus one line in config/plugins.ts: review, unit authority, the public API, sites
 * and feeds follow from that. Shown on a copy of the built app with a notice type ("Thông báo").
 */
const NOTICE = 'api::notice.notice';
const CM = '/content-manager/collection-types';
const root = path.resolve(__dirname, '..');

const NOTICE_SCHEMA = {
  kind: 'collectionType',
  collectionName: 'notices',
  info: { singularName: 'notice', pluralName: 'notices', displayName: 'Thông báo' },
  options: { draftAndPublish: true },
  attributes: {
    title: { type: 'string', required: true, maxLength: 300 },
    slug: { type: 'uid', targetField: 'title' },
    summary: { type: 'text' },
    unit: { type: 'relation', relation: 'manyToOne', target: 'api::unit.unit' },
    sharedWithSubunits: { type: 'boolean', default: false },
  },
};

/** A copy of dist/ with the notice type and the one line of config that makes it reviewed. */
const appWithNotices = () => {
  // inside the project, so that the copy resolves the project's node_modules
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const dist = fs.mkdtempSync(path.join(root, '.tmp', 'dist-notice-'));
  fs.cpSync(path.join(root, 'dist'), dist, { recursive: true });
  const api = path.join(dist, 'src', 'api', 'notice');
  fs.mkdirSync(path.join(api, 'content-types', 'notice'), { recursive: true });
  fs.writeFileSync(
    path.join(api, 'content-types', 'notice', 'schema.json'),
    JSON.stringify(NOTICE_SCHEMA)
  );
  for (const part of ['controllers', 'routes', 'services']) {
    const article = path.join(dist, 'src', 'api', 'article', part, 'article.js');
    fs.mkdirSync(path.join(api, part), { recursive: true });
    fs.writeFileSync(
      path.join(api, part, 'notice.js'),
      fs.readFileSync(article, 'utf8').split('api::article.article').join(NOTICE)
    );
  }
  const config = path.join(dist, 'config', 'plugins.js');
  const source = fs.readFileSync(config, 'utf8');
  const extended = source.replace("'api::training.training',", `$&\n    '${NOTICE}',`);
  expect(extended).not.toBe(source);
  fs.writeFileSync(config, extended);
  return dist;
};

let app: TestApp;
let dist: string;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let editor: { token: string };
let reviewer: { token: string };

beforeAll(async () => {
  dist = appWithNotices();
  app = await startApp(undefined, dist);
  tree = await makeDistrictTree(app.strapi);
  editor = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  reviewer = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.D }]);
}, 180000);
afterAll(async () => {
  await stopApp(app);
  fs.rmSync(dist, { recursive: true, force: true });
});

const as = (user: { token: string }) => ({
  get: (url: string) => http(app.strapi).get(url).set('Authorization', `Bearer ${user.token}`),
  post: (url: string, body: object = {}) =>
    http(app.strapi).post(url).set('Authorization', `Bearer ${user.token}`).send(body),
});

test('the new type gets the review stage and the publishing schedule', () => {
  const model = app.strapi.contentTypes[NOTICE as keyof typeof app.strapi.contentTypes];
  const attributes = model.attributes as Record<string, unknown>;
  expect(Object.keys(attributes)).toEqual(
    expect.arrayContaining(['reviewStage', 'reviewStageAt', 'publishAt', 'unpublishAt'])
  );
});

test('a commune editor writes and submits a notice of their unit, a reviewer above approves and publishes it', async () => {
  const created = await as(editor).post(`${CM}/${NOTICE}`, {
    title: 'Thông báo lịch tiếp công dân tháng 12',
    summary: 'Lịch tiếp công dân tại bộ phận một cửa.',
    unit: { connect: [{ documentId: tree.A.documentId }] },
  });
  expect(created.status).toBe(201);
  const documentId = created.body.data.documentId as string;
  const draft = await app.strapi.db
    .query(NOTICE as never)
    .findOne({ where: { documentId, publishedAt: null } });
  expect(draft).toMatchObject({ reviewStage: 'draft', publishAt: null });

  // another unit's editor is not this one: the unit condition holds on the new type too
  const elsewhere = await as(editor).post(`${CM}/${NOTICE}`, {
    title: 'Thông báo của xã khác',
    unit: { connect: [{ documentId: tree.B.documentId }] },
  });
  expect(elsewhere.status).toBe(400);
  expect(elsewhere.body.error.message).toContain('ngoài phạm vi');

  expect((await as(reviewer).post(`${CM}/${NOTICE}/${documentId}/actions/publish`)).status).toBe(
    400
  );
  expect((await as(editor).post(`/cchc/review/${NOTICE}/${documentId}/submit`)).status).toBe(200);
  const queue = await as(reviewer).get(`/cchc/review/queue?type=${NOTICE}`);
  expect(queue.status).toBe(200);
  expect(queue.body.results.map((r: { documentId: string }) => r.documentId)).toEqual([documentId]);
  expect((await as(reviewer).post(`/cchc/review/${NOTICE}/${documentId}/approve`)).status).toBe(
    200
  );
  const published = await as(reviewer).post(`${CM}/${NOTICE}/${documentId}/actions/publish`);
  expect(published.status).toBe(200);

  // the public API, the commune's site and the feeds carry it, with no other change
  const list = await http(app.strapi).get('/api/notices');
  expect(list.status).toBe(200);
  expect(list.body.data.map((n: { documentId: string }) => n.documentId)).toEqual([documentId]);
  expect(list.body.data[0]).toMatchObject({ title: 'Thông báo lịch tiếp công dân tháng 12' });
  const siteSlug = (
    (await app.strapi.db.query('api::unit.unit').findOne({ where: { id: tree.A.id } })) as {
      slug: string;
    }
  ).slug;
  const site = await http(app.strapi).get(`/api/notices?site=${siteSlug}`);
  expect(site.body.data.map((n: { documentId: string }) => n.documentId)).toEqual([documentId]);
  const rss = await http(app.strapi).get('/api/feeds/rss.xml?type=notice');
  expect({ status: rss.status, body: rss.status === 200 ? '' : rss.text }).toEqual({
    status: 200,
    body: '',
  });
  expect(rss.text).toContain('Thông báo lịch tiếp công dân tháng 12');
  const unknown = await http(app.strapi).get('/api/feeds/rss.xml?type=notices');
  expect(unknown.status).toBe(400);
  // a notice has no column: asking for one is a clear 400, not an empty feed
  const column = await http(app.strapi).get('/api/feeds/atom.xml?type=notice&column=tin-tuc');
  expect(column.status).toBe(400);
  expect(column.body.error.message).toContain('không áp dụng');
});
