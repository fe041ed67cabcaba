import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, http } from './helpers/http';
import { approve, connect, makeArticle, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

/**
 * Issue #12, case 3: the content manager's slug checks must not tell a unit editor that another
 * unit's draft exists. Availability is computed over what the user may read plus what is
 * published; the first of two same-slug drafts to be published keeps the slug.
 */
let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let editorA: { id: number; token: string };
let foreignDraft: Doc;

const CM = '/content-manager';
const ARTICLE = UIDS.article;

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  editorA = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  foreignDraft = await makeArticle(app.strapi, {
    title: 'Kế hoạch mật của xã B',
    slug: 'ke-hoach-mat-cua-xa-b',
    unit: connect(tree.B),
  });
  await makeArticle(app.strapi, {
    title: 'Bài nháp của xã A',
    slug: 'bai-nhap-cua-xa-a',
    unit: connect(tree.A),
  });
  await makeArticle(
    app.strapi,
    { title: 'Tin đã đăng của xã B', slug: 'tin-da-dang-cua-xa-b', unit: connect(tree.B) },
    true
  );
}, 120000);
afterAll(() => stopApp(app));

const asEditor = (path: string, body: Record<string, unknown>) =>
  http(app.strapi).post(path).set('Authorization', `Bearer ${editorA.token}`).send(body);
const check = (value: string) =>
  asEditor(`${CM}/uid/check-availability`, { contentTypeUID: ARTICLE, field: 'slug', value });
const slugOf = async (documentId: string) =>
  (await app.strapi.documents(ARTICLE).findOne({ documentId }))?.slug;
const generate = (title: string) =>
  asEditor(`${CM}/uid/generate`, { contentTypeUID: ARTICLE, field: 'slug', data: { title } });

describe('check-availability and generate say nothing of another unit’s draft', () => {
  test('a slug held only by another unit’s draft is available', async () => {
    const res = await check('ke-hoach-mat-cua-xa-b');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ isAvailable: true, suggestion: null });
  });

  test('generate from the same title gives the plain slug, no telling suffix', async () => {
    const res = await generate('Kế hoạch mật của xã B');
    expect(res.status).toBe(200);
    expect(res.body.data).toBe('ke-hoach-mat-cua-xa-b');
  });

  test('the user’s own unit’s draft and any published item still count', async () => {
    const own = await check('bai-nhap-cua-xa-a');
    expect(own.body).toEqual({ isAvailable: false, suggestion: 'bai-nhap-cua-xa-a-2' });
    const published = await check('tin-da-dang-cua-xa-b');
    expect(published.body).toEqual({ isAvailable: false, suggestion: 'tin-da-dang-cua-xa-b-2' });
    expect((await generate('Tin đã đăng của xã B')).body.data).toBe('tin-da-dang-cua-xa-b-2');
  });

  test('a super admin, who reads everything, is told the truth', async () => {
    const superAdmin = await makeAdmin(app.strapi, ['strapi-super-admin'], []);
    const res = await http(app.strapi)
      .post(`${CM}/uid/check-availability`)
      .set('Authorization', `Bearer ${superAdmin.token}`)
      .send({ contentTypeUID: ARTICLE, field: 'slug', value: 'ke-hoach-mat-cua-xa-b' });
    expect(res.body.isAvailable).toBe(false);
  });
});

describe('saving agrees with the check', () => {
  let ownCopy: Doc;

  test('the editor saves a draft with that slug (201), learning nothing', async () => {
    const res = await asEditor(`${CM}/collection-types/${ARTICLE}`, {
      title: 'Kế hoạch của xã A',
      slug: 'ke-hoach-mat-cua-xa-b',
    });
    expect(res.status).toBe(201);
    expect(await slugOf(res.body.data.documentId)).toBe('ke-hoach-mat-cua-xa-b');
    expect(JSON.stringify(res.body)).not.toContain('Kế hoạch mật');
    ownCopy = res.body.data as Doc;
  });

  test('an empty slug is generated over visible documents too', async () => {
    const res = await asEditor(`${CM}/collection-types/${ARTICLE}`, {
      title: 'Kế hoạch mật của xã B',
    });
    expect(res.status).toBe(201);
    // the editor's own draft holds the plain slug now, another unit's does not count
    expect(await slugOf(res.body.data.documentId)).toBe('ke-hoach-mat-cua-xa-b-2');
  });

  test('a hand-written slug of a document the editor may read is still refused with 400', async () => {
    const res = await asEditor(`${CM}/collection-types/${ARTICLE}`, {
      title: 'Trùng',
      slug: 'bai-nhap-cua-xa-a',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/đã được dùng/);
  });

  test('the first of the two drafts published keeps the slug; the second is refused with 400', async () => {
    await approve(app.strapi, ARTICLE, ownCopy.documentId);
    await app.strapi.documents(ARTICLE).publish({ documentId: ownCopy.documentId });
    await approve(app.strapi, ARTICLE, foreignDraft.documentId);
    await expect(
      app.strapi.documents(ARTICLE).publish({ documentId: foreignDraft.documentId })
    ).rejects.toThrow(/đã được dùng cho một mục khác đã xuất bản/);
    const published = await app.strapi
      .documents(ARTICLE)
      .findMany({ filters: { slug: 'ke-hoach-mat-cua-xa-b' }, status: 'published' });
    expect(published.map((doc) => doc.documentId)).toEqual([ownCopy.documentId]);
  });

  test('the Content API’s writers still see every slug (full-access token: 400)', async () => {
    const token = await createApiToken(app.strapi, 'full-access');
    await makeArticle(app.strapi, {
      title: 'Nháp khác của xã B',
      slug: 'nhap-khac-cua-xa-b',
      unit: connect(tree.B),
    });
    const res = await http(app.strapi)
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'x', slug: 'nhap-khac-cua-xa-b', unit: tree.A.documentId } });
    expect(res.status).toBe(400);
  });
});
