import http_ from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UID } from '@strapi/strapi';
import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, graphql, http } from './helpers/http';
import { approve, connect, makeArticle, makeLeaflet, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

const CM = '/content-manager/collection-types';
const ARTICLE = UIDS.article;

type Role = 'editor' | 'head' | 'reviewer' | 'office' | 'otherReviewer' | 'superAdmin';

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
const users = {} as Record<Role, { id: number; token: string }>;
let fullAccess: string;

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  users.editor = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  users.head = await makeAdmin(app.strapi, ['cchc-unit-head'], [{ unit: tree.A }]);
  users.reviewer = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.D }]);
  users.office = await makeAdmin(app.strapi, ['cchc-office'], [{ unit: tree.O }]);
  users.otherReviewer = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.B }]);
  users.superAdmin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
  fullAccess = await createApiToken(app.strapi, 'full-access');
}, 120000);
afterAll(() => stopApp(app));

const as = (role: Role) => {
  const auth = { Authorization: `Bearer ${users[role].token}` };
  return {
    get: (url: string) => http(app.strapi).get(url).set(auth),
    post: (url: string, body: object = {}) => http(app.strapi).post(url).set(auth).send(body),
    put: (url: string, body: object) => http(app.strapi).put(url).set(auth).send(body),
  };
};

const reviewUrl = (documentId: string, uid: string = ARTICLE) =>
  `/cchc/review/${uid}/${documentId}`;
const move = (role: Role, documentId: string, action: string, comment?: string) =>
  as(role).post(`${reviewUrl(documentId)}/${action}`, comment ? { comment } : {});

const system = () =>
  app.strapi.plugin('cchc').service('review') as {
    transition(uid: string, documentId: string, action: string, o?: object): Promise<unknown>;
  };

const stageOf = async (documentId: string, uid: UID.ContentType = ARTICLE) =>
  (
    (await app.strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null } })) as {
      reviewStage: string;
    }
  ).reviewStage;

const isPublished = async (documentId: string, uid: UID.ContentType = ARTICLE) =>
  (await app.strapi.db
    .query(uid)
    .count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

/** The system path to a stage, so that each cell starts where its move begins. */
const PATH_TO: Record<string, string[]> = {
  draft: [],
  submitted: ['submit'],
  approved: ['submit', 'approve'],
  returned: ['submit', 'return'],
};

const articleAt = async (stage: string, unit: Doc = tree.A, title = 'Tin chờ duyệt') => {
  const doc = await makeArticle(app.strapi, { title, unit: connect(unit) });
  for (const action of PATH_TO[stage]) {
    await system().transition(ARTICLE, doc.documentId, action, { comment: 'Lý do' });
  }
  return doc;
};

describe('review transitions per role', () => {
  // [role, move, from stage, expected status, stage afterwards]
  const cells: Array<[Role, string, string, number, string]> = [
    ['editor', 'submit', 'draft', 200, 'submitted'],
    ['editor', 'submit', 'returned', 200, 'submitted'],
    ['editor', 'withdraw', 'submitted', 200, 'draft'],
    ['editor', 'approve', 'submitted', 403, 'submitted'],
    ['editor', 'return', 'submitted', 403, 'submitted'],
    ['head', 'submit', 'draft', 200, 'submitted'],
    ['head', 'approve', 'submitted', 403, 'submitted'],
    ['reviewer', 'submit', 'draft', 200, 'submitted'],
    ['reviewer', 'approve', 'submitted', 200, 'approved'],
    ['reviewer', 'return', 'submitted', 200, 'returned'],
    ['reviewer', 'return', 'approved', 200, 'returned'],
    ['office', 'submit', 'draft', 403, 'draft'],
    ['office', 'approve', 'submitted', 403, 'submitted'],
    // a reviewer of a sibling commune does not see the article at all
    ['otherReviewer', 'approve', 'submitted', 404, 'submitted'],
    ['otherReviewer', 'submit', 'draft', 404, 'draft'],
    ['superAdmin', 'approve', 'submitted', 200, 'approved'],
    ['superAdmin', 'return', 'submitted', 200, 'returned'],
    // moves that do not start from the stage the article is at
    ['reviewer', 'approve', 'draft', 400, 'draft'],
    ['reviewer', 'approve', 'returned', 400, 'returned'],
    ['editor', 'submit', 'submitted', 400, 'submitted'],
    ['editor', 'submit', 'approved', 400, 'approved'],
    ['editor', 'withdraw', 'approved', 400, 'approved'],
  ];

  test.each(cells)('%s %s from %s → %i, then %s', async (role, action, from, status, after) => {
    const doc = await articleAt(from);
    const res = await move(role, doc.documentId, action, 'Cần bổ sung số liệu');
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.body.stage).toBe(after);
    } else {
      expect(typeof res.body.error.message).toBe('string');
      expect(res.body.error.message.length).toBeGreaterThan(10);
    }
    expect(await stageOf(doc.documentId)).toBe(after);
  });

  test('a return needs a reason; the reason is kept in the history', async () => {
    const doc = await articleAt('submitted');
    const bare = await move('reviewer', doc.documentId, 'return');
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain('lý do');
    const returned = await move('reviewer', doc.documentId, 'return', 'Ảnh chưa có chú thích');
    expect(returned.status).toBe(200);
    expect(returned.body.history.at(-1)).toMatchObject({
      from: 'submitted',
      to: 'returned',
      comment: 'Ảnh chưa có chú thích',
    });
  });

  test('whoever sent an article to review does not approve it; the super admin may', async () => {
    const doc = await articleAt('draft', tree.D);
    expect((await move('reviewer', doc.documentId, 'submit')).status).toBe(200);
    const self = await move('reviewer', doc.documentId, 'approve');
    expect(self.status).toBe(403);
    expect(self.body.error.message).toContain('không phải người gửi');
    const sa = await articleAt('draft', tree.D);
    expect((await move('superAdmin', sa.documentId, 'submit')).status).toBe(200);
    expect((await move('superAdmin', sa.documentId, 'approve')).status).toBe(200);
  });

  test('bad requests get 400 or 404 with a message', async () => {
    const doc = await articleAt('submitted');
    expect((await move('reviewer', doc.documentId, 'publish')).status).toBe(400);
    expect((await move('reviewer', 'khong-co-tai-lieu-nay', 'approve')).status).toBe(404);
    const wrongType = await as('reviewer').post(
      `${reviewUrl(doc.documentId, UIDS.campaign)}/approve`
    );
    expect(wrongType.status).toBe(404);
    const extra = await as('reviewer').post(`${reviewUrl(doc.documentId)}/approve`, {
      comment: 'Được',
      stage: 'approved',
    });
    expect(extra.status).toBe(400);
    expect((await http(app.strapi).post(`${reviewUrl(doc.documentId)}/approve`)).status).toBe(401);
    expect(await stageOf(doc.documentId)).toBe('submitted');
  });

  test('the state over the admin API: stage, allowed moves for the viewer, full history with who and when', async () => {
    const created = await as('editor').post(`${CM}/${ARTICLE}`, {
      title: 'Tin về dịch vụ công',
      unit: connect(tree.A),
    });
    const id = created.body.data.documentId as string;
    await move('editor', id, 'submit', 'Nhờ anh chị xem giúp');
    await move('reviewer', id, 'return', 'Thiếu nguồn tin');
    await move('editor', id, 'submit');
    const editorView = await as('editor').get(reviewUrl(id));
    expect(editorView.status).toBe(200);
    expect(editorView.body).toMatchObject({ stage: 'submitted', stageLabel: 'Chờ duyệt' });
    expect(editorView.body.allowed).toEqual(['withdraw']);
    const reviewerView = await as('reviewer').get(reviewUrl(id));
    expect(reviewerView.body.allowed).toEqual(['withdraw', 'approve', 'return']);
    const history = reviewerView.body.history as Array<Record<string, unknown>>;
    expect(history.map((h) => [h.from, h.to, h.comment])).toEqual([
      ['draft', 'submitted', 'Nhờ anh chị xem giúp'],
      ['submitted', 'returned', 'Thiếu nguồn tin'],
      ['returned', 'submitted', null],
    ]);
    expect((history[1].actor as { label: string }).label).toMatch(/@/);
    expect(Date.parse(history[0].at as string)).not.toBeNaN();
    expect((await as('otherReviewer').get(reviewUrl(id))).status).toBe(404);
    expect((await as('office').get(reviewUrl(id))).body.allowed).toEqual([]);
  });
});

describe('only approved content is published, through every door', () => {
  const publishCm = (role: Role, id: string) =>
    as(role).post(`${CM}/${ARTICLE}/${id}/actions/publish`);

  test.each(['draft', 'submitted', 'returned'])(
    'the content manager refuses to publish an article at %s, with a message',
    async (stage) => {
      const doc = await articleAt(stage);
      const res = await publishCm('reviewer', doc.documentId);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('đã duyệt');
      expect(await isPublished(doc.documentId)).toBe(false);
    }
  );

  test('the super admin too must approve first; approved content publishes', async () => {
    const doc = await articleAt('draft');
    expect((await publishCm('superAdmin', doc.documentId)).status).toBe(400);
    const approved = await articleAt('approved');
    expect((await publishCm('reviewer', approved.documentId)).status).toBe(200);
    expect(await isPublished(approved.documentId)).toBe(true);
  });

  test('bulk publish in the content manager refuses unapproved items', async () => {
    const draft = await articleAt('draft');
    const approved = await articleAt('approved');
    const res = await as('reviewer').post(`${CM}/${ARTICLE}/actions/bulkPublish`, {
      documentIds: [draft.documentId, approved.documentId],
    });
    expect(res.status).toBe(400);
    expect(await isPublished(draft.documentId)).toBe(false);
  });

  test('REST: a write saves a draft by default; ?status=published is refused unless approved', async () => {
    const auth = { Authorization: `Bearer ${fullAccess}` };
    const created = await http(app.strapi)
      .post('/api/articles')
      .set(auth)
      .send({ data: { title: 'Tin gửi qua API', unit: connect(tree.A) } });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    expect(await isPublished(id)).toBe(false);
    expect(await stageOf(id)).toBe('draft');

    const before = await app.strapi.db.query(ARTICLE).count();
    const direct = await http(app.strapi)
      .post('/api/articles?status=published')
      .set(auth)
      .send({ data: { title: 'Tin xuất bản thẳng', unit: connect(tree.A) } });
    expect(direct.status).toBe(400);
    expect(direct.body.error.message).toContain('đã duyệt');
    expect(await app.strapi.db.query(ARTICLE).count()).toBe(before);

    const forged = await http(app.strapi)
      .put(`/api/articles/${id}?status=published`)
      .set(auth)
      .send({ data: { reviewStage: 'approved', title: 'Tin gửi qua API (sửa)' } });
    expect(forged.status).toBe(400);
    expect(await stageOf(id)).toBe('draft');
    expect(await isPublished(id)).toBe(false);

    await approve(app.strapi, ARTICLE, id);
    const published = await http(app.strapi)
      .put(`/api/articles/${id}?status=published`)
      .set(auth)
      .send({ data: {} });
    expect(published.status).toBe(200);
    expect(await isPublished(id)).toBe(true);
    const audit = await app.strapi.db.query('plugin::cchc.audit-entry').findMany({
      where: { targetDocumentId: id, action: 'publish' },
    });
    expect(audit).toHaveLength(1);
  });

  test('GraphQL: mutations save drafts by default; status: PUBLISHED is refused unless approved', async () => {
    const created = await graphql<{ createArticle: { documentId: string } }>(
      app.strapi,
      `
        mutation ($data: ArticleInput!) {
          createArticle(data: $data) {
            documentId
          }
        }
      `,
      { data: { title: 'Tin qua GraphQL', unit: tree.A.documentId } },
      fullAccess
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createArticle.documentId;
    expect(await isPublished(id)).toBe(false);

    const publish = `mutation($id: ID!) { updateArticle(documentId: $id, data: {}, status: PUBLISHED) { documentId } }`;
    const refused = await graphql(app.strapi, publish, { id }, fullAccess);
    expect(refused.errors?.[0].message).toContain('đã duyệt');
    expect(await isPublished(id)).toBe(false);

    await approve(app.strapi, ARTICLE, id);
    const done = await graphql(app.strapi, publish, { id }, fullAccess);
    expect(done.errors).toBeUndefined();
    expect(await isPublished(id)).toBe(true);
  });

  test('the stage cannot be set by a request, in the admin either', async () => {
    const doc = await articleAt('draft');
    const res = await as('reviewer').put(`${CM}/${ARTICLE}/${doc.documentId}`, {
      reviewStage: 'approved',
      title: 'Tin tự duyệt',
    });
    expect(res.status).toBe(200);
    expect(await stageOf(doc.documentId)).toBe('draft');
  });
});

describe('the review fields in the content manager', () => {
  test('the stage is a list column, not a form field; the schedule fields are in the form', async () => {
    const res = await as('editor').get(`/content-manager/content-types/${ARTICLE}/configuration`);
    expect(res.status).toBe(200);
    const { layouts, metadatas } = res.body.data.contentType;
    const formFields = (layouts.edit as Array<Array<{ name: string }>>).flat().map((c) => c.name);
    expect(formFields).not.toContain('reviewStage');
    expect(formFields).not.toContain('reviewStageAt');
    expect(formFields).toEqual(expect.arrayContaining(['publishAt', 'unpublishAt']));
    expect(layouts.list).toContain('reviewStage');
    expect(metadatas.reviewStage.list.label).toBe('Bước duyệt');
    expect(metadatas.publishAt.edit.label).toBe('Hẹn giờ xuất bản');
  });
});

describe('editing approved content sends it back to draft', () => {
  test('a real change does; a save without changes or a new publishing time does not', async () => {
    const doc = await articleAt('approved');
    const url = `${CM}/${ARTICLE}/${doc.documentId}`;
    const current = (await as('reviewer').get(url)).body.data;
    expect((await as('editor').put(url, { title: current.title })).status).toBe(200);
    expect(await stageOf(doc.documentId)).toBe('approved');
    expect((await as('editor').put(url, { publishAt: '2030-01-01T08:00:00+07:00' })).status).toBe(
      200
    );
    expect(await stageOf(doc.documentId)).toBe('approved');

    expect((await as('editor').put(url, { title: 'Tin đã sửa sau duyệt' })).status).toBe(200);
    expect(await stageOf(doc.documentId)).toBe('draft');
    const state = await as('editor').get(reviewUrl(doc.documentId));
    expect(state.body.history.at(-1)).toMatchObject({ from: 'approved', to: 'draft' });
    expect(state.body.history.at(-1).comment).toContain('sửa sau khi duyệt');
    expect(
      (await as('reviewer').post(`${CM}/${ARTICLE}/${doc.documentId}/actions/publish`)).status
    ).toBe(400);
  });

  test('publishing with unsaved changes from the content manager is refused and changes nothing', async () => {
    const doc = await articleAt('approved');
    const res = await as('reviewer').post(`${CM}/${ARTICLE}/${doc.documentId}/actions/publish`, {
      title: 'Sửa vào phút chót',
    });
    expect(res.status).toBe(400);
    expect(await isPublished(doc.documentId)).toBe(false);
    expect(await stageOf(doc.documentId)).toBe('approved');
    const stored = await app.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: doc.documentId, publishedAt: null } });
    expect(stored.title).toBe('Tin chờ duyệt');
  });

  test('discarding the draft of a published article brings back its approval', async () => {
    const doc = await articleAt('approved');
    const url = `${CM}/${ARTICLE}/${doc.documentId}`;
    expect((await as('reviewer').post(`${url}/actions/publish`)).status).toBe(200);
    expect((await as('editor').put(url, { title: 'Bản sửa dở' })).status).toBe(200);
    expect(await stageOf(doc.documentId)).toBe('draft');
    expect((await as('reviewer').post(`${url}/actions/discard`)).status).toBe(200);
    expect(await stageOf(doc.documentId)).toBe('approved');
  });

  test('a copy of approved content starts as a draft without a schedule', async () => {
    const doc = await articleAt('approved');
    const res = await as('editor').post(`${CM}/${ARTICLE}/clone/${doc.documentId}`, {
      title: 'Bản sao',
      unit: connect(tree.A),
    });
    expect(res.status).toBe(200);
    expect(await stageOf(res.body.data.documentId)).toBe('draft');
  });
});

describe('the reviewer queue', () => {
  test('oldest first, the reviewer’s unit and below, other types included; nothing for editors', async () => {
    const district = await makeDistrictTree(app.strapi, 'hàng chờ');
    const reviewer = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: district.D }]);
    const communeReviewer = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: district.B }]);
    const editor = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: district.A }]);
    const submitted: string[] = [];
    for (const [unit, make] of [
      [district.A, makeArticle],
      [district.V, makeLeaflet],
      [district.B, makeArticle],
      [district.D, makeLeaflet],
    ] as const) {
      const doc = await make(app.strapi, { title: `Chờ duyệt ${unit.name}`, unit: connect(unit) });
      const uid = make === makeArticle ? ARTICLE : UIDS.leaflet;
      await system().transition(uid, doc.documentId, 'submit');
      submitted.push(doc.documentId);
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct submission times
    }
    const notYet = await makeArticle(app.strapi, { unit: connect(district.A) });
    const queue = (token: string, query = '') =>
      http(app.strapi).get(`/cchc/review/queue${query}`).set('Authorization', `Bearer ${token}`);

    const all = await queue(reviewer.token, '?pageSize=100');
    expect(all.status).toBe(200);
    const ids = all.body.results.map((r: { documentId: string }) => r.documentId);
    expect(ids).toEqual(submitted);
    expect(ids).not.toContain(notYet.documentId);
    expect(all.body.results[1]).toMatchObject({
      contentType: UIDS.leaflet,
      unit: { name: district.V.name },
      canDecide: true,
    });
    expect(all.body.pagination).toMatchObject({ total: 4, page: 1 });

    const paged = await queue(reviewer.token, '?pageSize=3&page=2');
    expect(paged.body.results.map((r: { documentId: string }) => r.documentId)).toEqual([
      submitted[3],
    ]);
    const articles = await queue(reviewer.token, `?type=${ARTICLE}`);
    expect(articles.body.results).toHaveLength(2);

    const commune = await queue(communeReviewer.token);
    expect(commune.body.results.map((r: { documentId: string }) => r.documentId)).toEqual([
      submitted[2],
    ]);
    expect((await queue(editor.token)).body.results).toEqual([]);
    expect((await queue(reviewer.token, '?pageSize=1000')).status).toBe(400);
  });
});

describe('webhooks for the review events', () => {
  test('submitted, approved and returned reach a subscriber with stage, unit and documentId', async () => {
    const received: Array<{ event: string; body: Record<string, unknown> }> = [];
    let notify: () => void = () => undefined;
    const server = http_.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        received.push({ event: String(req.headers['x-strapi-event']), body: JSON.parse(raw) });
        res.end('ok');
        notify();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const hook = await as('superAdmin').post('/admin/webhooks', {
        name: 'Theo dõi duyệt bài',
        url: `http://127.0.0.1:${port}/hook`,
        headers: {},
        events: ['cchc.entry.submitted', 'cchc.entry.approved', 'cchc.entry.returned'],
      });
      expect(hook.status).toBe(201);

      const doc = await articleAt('draft');
      await move('editor', doc.documentId, 'submit');
      await move('reviewer', doc.documentId, 'return', 'Sai chính tả');
      await move('editor', doc.documentId, 'submit');
      await move('reviewer', doc.documentId, 'approve');
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('webhooks not received')), 30000);
        notify = () => {
          if (received.length >= 4) {
            clearTimeout(timer);
            resolve();
          }
        };
        notify();
      });
      expect(received.map((r) => r.event)).toEqual([
        'cchc.entry.submitted',
        'cchc.entry.returned',
        'cchc.entry.submitted',
        'cchc.entry.approved',
      ]);
      const returned = received[1].body;
      expect(returned).toMatchObject({
        event: 'cchc.entry.returned',
        uid: ARTICLE,
        model: 'article',
        documentId: doc.documentId,
        stage: 'returned',
        previousStage: 'submitted',
        comment: 'Sai chính tả',
        unit: { documentId: tree.A.documentId, name: tree.A.name },
        entry: { documentId: doc.documentId, title: 'Tin chờ duyệt', reviewStage: 'returned' },
      });
      expect((returned.actor as { type: string }).type).toBe('admin');
    } finally {
      server.close();
    }
  });

  test('the review events are listed among the events a webhook may use', async () => {
    const bad = await as('superAdmin').post('/admin/webhooks', {
      name: 'Sự kiện lạ',
      url: 'http://127.0.0.1:9/hook',
      headers: {},
      events: ['cchc.entry.deleted'],
    });
    expect(bad.status).toBe(400);
  });
});
