import { UIDS } from '../src/constants';
import { toSlug } from '../src/plugins/cchc/server/src/content/services/slug';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, http } from './helpers/http';
import { approve, makeArticle, makeLeaflet, makeUnit } from './helpers/fixtures';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startApp();
  token = await createApiToken(app.strapi, 'full-access');
});
afterAll(() => stopApp(app));

describe('slugs from Vietnamese titles', () => {
  test.each([
    ['Đắk Lắk', 'dak-lak'],
    ['UBND xã Sơn Tây', 'ubnd-xa-son-tay'],
    ['Hỏi & đáp: nộp hồ sơ qua bưu điện?', 'hoi-va-dap-nop-ho-so-qua-buu-dien'],
    ['  Dịch vụ công trực tuyến "toàn trình"  ', 'dich-vu-cong-truc-tuyen-toan-trinh'],
    ['Quý IV/2022 – Kết quả', 'quy-iv2022-ket-qua'],
  ])('%s → %s', (title, slug) => {
    expect(toSlug(title)).toBe(slug);
  });

  test('a very long title is cut at a word boundary', () => {
    const slug = toSlug('Tuyên truyền cải cách hành chính '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith('-')).toBe(false);
    expect('tuyen-truyen-cai-cach-hanh-chinh-'.repeat(10)).toContain(slug);
  });

  test('an empty slug is generated from the title and made unique within the type', async () => {
    const { strapi } = app;
    const title = 'Người dân Sơn Tây làm quen với dịch vụ công trực tuyến';
    const first = await makeArticle(strapi, { title });
    const second = await makeArticle(strapi, { title });
    const third = await makeArticle(strapi, { title, slug: '' });
    expect([first.slug, second.slug, third.slug]).toEqual([
      'nguoi-dan-son-tay-lam-quen-voi-dich-vu-cong-truc-tuyen',
      'nguoi-dan-son-tay-lam-quen-voi-dich-vu-cong-truc-tuyen-2',
      'nguoi-dan-son-tay-lam-quen-voi-dich-vu-cong-truc-tuyen-3',
    ]);
    // uniqueness is per type: a leaflet may reuse the article's slug
    const leaflet = await makeLeaflet(strapi, { title });
    expect(leaflet.slug).toBe('nguoi-dan-son-tay-lam-quen-voi-dich-vu-cong-truc-tuyen');
  });

  test('publishing keeps the slug and the published row does not count as another document', async () => {
    const { strapi } = app;
    const article = await makeArticle(strapi, { title: 'Thủ tục hành chính mới' });
    await approve(strapi, UIDS.article, article.documentId);
    await strapi.documents(UIDS.article).publish({ documentId: article.documentId });
    const updated = await strapi.documents(UIDS.article).update({
      documentId: article.documentId,
      data: { slug: 'thu-tuc-hanh-chinh-moi', summary: 'Sửa sa-pô' },
    } as never);
    expect(updated?.slug).toBe('thu-tuc-hanh-chinh-moi');
  });

  test('editing the title keeps the slug: published links stay stable', async () => {
    const { strapi } = app;
    const unit = await makeUnit(strapi, { name: 'UBND thị trấn Phố Châu' });
    const renamed = await strapi.documents(UIDS.unit).update({
      documentId: unit.documentId,
      data: { name: 'UBND thị trấn Phố Châu (mới)' },
    } as never);
    expect(renamed?.slug).toBe('ubnd-thi-tran-pho-chau');
    const cleared = await strapi.documents(UIDS.unit).update({
      documentId: unit.documentId,
      data: { slug: null },
    } as never);
    expect(cleared?.slug).toBe('ubnd-thi-tran-pho-chau-moi');
  });

  test('a hand-written slug is normalised; one already in use is refused with 400 over REST', async () => {
    const { strapi } = app;
    const created = await http(strapi)
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Bài viết thử', slug: 'Đường Dẫn Riêng' } });
    expect(created.body.error).toBeUndefined();
    expect(created.status).toBe(201);
    expect(created.body.data.slug).toBe('duong-dan-rieng');

    const before = await strapi.db
      .query(UIDS.article)
      .count({ where: { slug: 'duong-dan-rieng' } });
    const clash = await http(strapi)
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Bài khác', slug: 'duong-dan-rieng' } });
    expect(clash.status).toBe(400);
    expect(clash.body.error.message).toContain('duong-dan-rieng');
    expect(clash.body.error.message).toContain('đã được dùng');
    expect(await strapi.db.query(UIDS.article).count({ where: { slug: 'duong-dan-rieng' } })).toBe(
      before
    );
  });
});
