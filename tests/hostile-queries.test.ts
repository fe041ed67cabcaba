import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, graphql, http } from './helpers/http';
import { approve, connect, makeArticle, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

/**
 * Hostile query grammar: each request is refused with 400 (or 403) or answers without
 * the private data, never silently ignored while returning everything.
 */
let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let readOnly: string;
let editor: { id: number; token: string };
let published: Doc;

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  readOnly = await createApiToken(app.strapi, 'read-only');
  editor = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  // an article written by the editor through the admin, so createdBy is a real admin user
  const res = await http(app.strapi)
    .post('/content-manager/collection-types/api::article.article')
    .set('Authorization', `Bearer ${editor.token}`)
    .send({ title: 'Tin của biên tập viên' });
  published = res.body.data as Doc;
  await approve(app.strapi, UIDS.article, published.documentId);
  await app.strapi.documents(UIDS.article).publish({ documentId: published.documentId });
  await makeArticle(app.strapi, { title: 'Tin nháp khác', unit: connect(tree.A) });
});
afterAll(() => stopApp(app));

const PRIVATE_PROBES = [
  'filters[createdBy][password][$startsWith]=$2',
  'filters[updatedBy][resetPasswordToken][$notNull]=true',
  'filters[createdBy][email][$contains]=@',
  'sort=createdBy.email:asc',
  'sort[0][createdBy][password]=asc',
  'populate=createdBy',
  'populate[createdBy][fields][0]=password',
  'fields[0]=password',
  'filters[unit][path][$startsWith]=/',
  'filters[$or][0][createdBy][id][$gt]=0',
];

describe.each([
  ['Public', undefined],
  ['a read-only token', 'read-only'],
] as const)('REST from %s', (_who, tokenKind) => {
  test.each(PRIVATE_PROBES)('%s', async (probe) => {
    const headers = tokenKind ? { Authorization: `Bearer ${readOnly}` } : {};
    const res = await http(app.strapi).get(`/api/articles?${probe}`).set(headers);
    const text = JSON.stringify(res.body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBeTruthy();
    expect(text).not.toMatch(/@cchc\.test|\$2[aby]\$/);
  });
});

describe('GraphQL', () => {
  test.each([
    [
      'a filter on the author',
      `{ articles(filters: { createdBy: { email: { contains: "@" } } }) { title } }`,
    ],
    ['a private unit field', `{ units(filters: { path: { startsWith: "/" } }) { name } }`],
    ['the author in the selection', `{ articles { title createdBy { email } } }`],
  ])('%s is refused', async (_name, query) => {
    const res = await graphql(app.strapi, query);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res)).not.toContain('@cchc.test');
  });

  test('drafts are not reached through status, even nested in a connection query', async () => {
    const res = await graphql(
      app.strapi,
      `
        {
          articles_connection(status: DRAFT) {
            nodes {
              title
            }
          }
        }
      `
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(res)).not.toContain('Tin nháp khác');
  });
});

describe('drafts through a populated relation', () => {
  test('populate=* on published articles shows published content only', async () => {
    const res = await http(app.strapi).get('/api/articles?populate=*&pagination[pageSize]=100');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain('Tin nháp khác');
    expect(res.body.data.every((a: { publishedAt: string | null }) => a.publishedAt !== null)).toBe(
      true
    );
  });
});

describe('hostile bodies from an editor in the content manager', () => {
  const post = (body: object) =>
    http(app.strapi)
      .post('/content-manager/collection-types/api::article.article')
      .set('Authorization', `Bearer ${editor.token}`)
      .send(body);
  const load = (documentId: string) =>
    app.strapi
      .documents(UIDS.article)
      .findOne({ documentId, populate: { unit: true, createdBy: true } as never }) as Promise<any>;

  test('publishedAt in the body does not publish', async () => {
    const res = await post({ title: 'Tự xuất bản?', publishedAt: '2022-10-01T00:00:00.000Z' });
    expect([201, 400]).toContain(res.status);
    if (res.status === 201) {
      const published = await app.strapi.db.query(UIDS.article).count({
        where: { documentId: res.body.data.documentId, publishedAt: { $notNull: true } },
      });
      expect(published).toBe(0);
    }
  });

  test('createdBy in the body does not change the author', async () => {
    const other = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.D }]);
    const res = await post({ title: 'Mạo danh tác giả', createdBy: other.id });
    expect([201, 400]).toContain(res.status);
    if (res.status === 201) {
      expect((await load(res.body.data.documentId)).createdBy.id).toBe(editor.id);
    }
  });

  test('a documentId in the body does not overwrite another document', async () => {
    const foreign = await makeArticle(app.strapi, { title: 'Bài của xã B', unit: connect(tree.B) });
    const res = await post({ title: 'Ghi đè?', documentId: foreign.documentId });
    expect([201, 400]).toContain(res.status);
    expect((await load(foreign.documentId)).title).toBe('Bài của xã B');
    if (res.status === 201) {
      expect(res.body.data.documentId).not.toBe(foreign.documentId);
    }
  });

  test('a foreign unit given as a plain id is refused like a connect', async () => {
    const res = await post({ title: 'Đơn vị bằng id', unit: tree.B.id });
    expect(res.status).toBe(400);
  });
});
