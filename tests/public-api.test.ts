import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { graphql, http } from './helpers/http';
import {
  connect,
  makeArticle,
  makeBroadcastScript,
  makeCampaign,
  makeColumn,
  approve,
  makeImage,
  makeLeaflet,
  makeTopic,
  makeTraining,
  makeUnit,
  makeUnitReport,
  type Doc,
} from './helpers/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => stopApp(app));

const get = (path: string) => http(app.strapi).get(path);
const titlesOf = (res: { body: { data: Array<{ title: string }> } }) =>
  res.body.data.map((a) => a.title);

describe('Public role: published content only', () => {
  const publishable = [
    ['articles', UIDS.article, makeArticle, 'articles'],
    ['leaflets', UIDS.leaflet, makeLeaflet, 'leaflets'],
    ['broadcast-scripts', UIDS.broadcastScript, makeBroadcastScript, 'broadcastScripts'],
    ['trainings', UIDS.training, makeTraining, 'trainings'],
  ] as const;

  test.each(publishable)(
    '%s: a draft is invisible, publish shows it, unpublish hides it (REST and GraphQL)',
    async (plural, uid, make, gqlField) => {
      const { strapi } = app;
      const doc = await make(strapi, { title: `Mục thử ${plural}` });
      const restIds = async () =>
        (await get(`/api/${plural}?pagination[pageSize]=100`)).body.data.map(
          (d: Doc) => d.documentId
        );
      const gqlIds = async () => {
        const res = await graphql<Record<string, Doc[]>>(
          strapi,
          `{ ${gqlField}(pagination: { pageSize: 100 }) { documentId } }`
        );
        expect(res.errors).toBeUndefined();
        return res.data![gqlField].map((d) => d.documentId);
      };

      expect(await restIds()).not.toContain(doc.documentId);
      expect(await gqlIds()).not.toContain(doc.documentId);
      expect((await get(`/api/${plural}/${doc.documentId}`)).status).toBe(404);

      await approve(strapi, uid, doc.documentId);
      await strapi.documents(uid).publish({ documentId: doc.documentId });
      expect(await restIds()).toContain(doc.documentId);
      expect(await gqlIds()).toContain(doc.documentId);
      const one = await get(`/api/${plural}/${doc.documentId}`);
      expect(one.status).toBe(200);
      expect(one.body.data.title).toBe(`Mục thử ${plural}`);

      await strapi.documents(uid).unpublish({ documentId: doc.documentId });
      expect(await restIds()).not.toContain(doc.documentId);
      expect(await gqlIds()).not.toContain(doc.documentId);
      expect((await get(`/api/${plural}/${doc.documentId}`)).status).toBe(404);
    }
  );

  test('the published version is served, not later draft edits', async () => {
    const { strapi } = app;
    const article = await makeArticle(strapi, { title: 'Bản đã duyệt' }, true);
    await strapi
      .documents(UIDS.article)
      .update({ documentId: article.documentId, data: { title: 'Bản nháp chưa duyệt' } } as never);
    const res = await get(`/api/articles/${article.documentId}`);
    expect(res.body.data.title).toBe('Bản đã duyệt');
    const gql = await graphql<{ article: { title: string } }>(
      strapi,
      `
        query ($id: ID!) {
          article(documentId: $id) {
            title
          }
        }
      `,
      { id: article.documentId }
    );
    expect(gql.data?.article.title).toBe('Bản đã duyệt');
  });

  test('asking for drafts is refused on REST and GraphQL, whatever the query says', async () => {
    const { strapi } = app;
    const draft = await makeArticle(strapi, { title: 'Nháp bí mật' });
    for (const path of [
      '/api/articles?status=draft',
      `/api/articles/${draft.documentId}?status=draft`,
      '/api/trainings?status=draft',
    ]) {
      const res = await get(path);
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('Nháp bí mật');
    }
    const gql = await graphql(
      strapi,
      `
        {
          articles(status: DRAFT) {
            title
          }
        }
      `
    );
    expect(gql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(gql)).not.toContain('Nháp bí mật');
    const gqlOne = await graphql(
      strapi,
      `
        query ($id: ID!) {
          article(documentId: $id, status: DRAFT) {
            title
          }
        }
      `,
      {
        id: draft.documentId,
      }
    );
    expect(JSON.stringify(gqlOne)).not.toContain('Nháp bí mật');
    expect(gqlOne.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('a published article shows its cover image to the portal, on REST and GraphQL', async () => {
    const { strapi } = app;
    const image = await makeImage(strapi);
    const article = await makeArticle(strapi, { title: 'Tin có ảnh bìa', cover: image.id }, true);
    const res = await get(
      `/api/articles/${article.documentId}?populate[cover][fields][0]=url&populate[cover][fields][1]=alternativeText`
    );
    expect(res.status).toBe(200);
    expect(res.body.data.cover).toMatchObject({ url: image.url, alternativeText: 'Ảnh bìa' });
    const gql = await graphql<{ article: { cover: { url: string } } }>(
      strapi,
      `
        query ($id: ID!) {
          article(documentId: $id) {
            cover {
              url
              alternativeText
            }
          }
        }
      `,
      { id: article.documentId }
    );
    expect(gql.errors).toBeUndefined();
    expect(gql.data?.article.cover.url).toBe(image.url);
  });

  test.each(['units', 'columns', 'topics', 'campaigns'])('%s are readable', async (plural) => {
    const res = await get(`/api/${plural}`);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.data)).toBe(true);
  });

  test('unit reports are never public, on REST or GraphQL', async () => {
    const { strapi } = app;
    const report = await makeUnitReport(strapi, { periodLabel: 'Quý III/2022 bí mật' });
    expect((await get('/api/unit-reports')).status).toBe(403);
    expect((await get(`/api/unit-reports/${report.documentId}`)).status).toBe(403);
    const gql = await graphql(
      strapi,
      `
        {
          unitReports {
            periodLabel
          }
        }
      `
    );
    expect(gql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(gql)).not.toContain('bí mật');
  });

  test('writes are refused to the Public role', async () => {
    const res = await http(app.strapi)
      .post('/api/articles')
      .send({ data: { title: 'Tin lạ' } });
    expect(res.status).toBe(403);
    const gql = await graphql(
      app.strapi,
      `
        mutation {
          createArticle(data: { title: "Tin lạ" }) {
            documentId
          }
        }
      `
    );
    expect(gql.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('pagination is capped', () => {
  beforeAll(async () => {
    for (let i = 0; i < 30; i += 1) {
      await makeUnit(app.strapi, { name: `Thôn ${i + 1}` });
    }
  });

  test('REST: default page size 25, pageSize=100000 is capped at 100', async () => {
    const byDefault = await get('/api/units');
    expect(byDefault.body.meta.pagination.pageSize).toBe(25);
    expect(byDefault.body.data).toHaveLength(25);
    const huge = await get('/api/units?pagination[pageSize]=100000');
    expect(huge.body.meta.pagination.pageSize).toBe(100);
    const limit = await get('/api/units?pagination[limit]=100000');
    expect(limit.body.meta.pagination.limit).toBe(100);
  });

  test('GraphQL: pageSize 100000 is capped at 100, default 25', async () => {
    const res = await graphql<{
      units_connection: { nodes: unknown[]; pageInfo: { pageSize: number } };
    }>(
      app.strapi,
      `
        {
          units_connection(pagination: { pageSize: 100000 }) {
            nodes {
              documentId
            }
            pageInfo {
              pageSize
              total
            }
          }
        }
      `
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.units_connection.pageInfo.pageSize).toBe(100);
    const byDefault = await graphql<{ units: unknown[] }>(
      app.strapi,
      `
        {
          units {
            documentId
          }
        }
      `
    );
    expect(byDefault.data!.units).toHaveLength(25);
  });

  test('GraphQL refuses queries deeper than the configured depth limit', async () => {
    const deep = `{ units { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } }`;
    const res = await graphql(app.strapi, deep);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });
});

// "What units above shared": the parent itself, and the parent's own offices, centres and agencies
// (the district Culture & Communication Center sits beside the communes in the tree but speaks for the district).
describe('the portal question: unit X plus what the level above shared, in column Y or topic Z, newest first', () => {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
  let expected: string[];

  beforeAll(async () => {
    const { strapi } = app;
    const province = await makeUnit(strapi, { name: 'Tỉnh Hà Tĩnh', level: 'province' });
    const district = await makeUnit(strapi, {
      name: 'UBND huyện Hương Sơn',
      level: 'district',
      parent: connect(province),
    });
    const sonTay = await makeUnit(strapi, { name: 'UBND xã Sơn Tây', parent: connect(district) });
    const sonKim = await makeUnit(strapi, { name: 'UBND xã Sơn Kim 1', parent: connect(district) });
    const centre = await makeUnit(strapi, {
      name: 'Trung tâm Văn hóa - Truyền thông huyện',
      level: 'district',
      kind: 'culture_communication_center',
      parent: connect(district),
    });
    const cchc = await makeColumn(strapi, { name: 'Cải cách hành chính' });
    const other = await makeColumn(strapi, { name: 'Văn hóa - Xã hội' });
    const online = await makeTopic(strapi, { name: 'Dịch vụ công trực tuyến' });
    const campaign = await makeCampaign(strapi);

    const publish = async (title: string, data: Record<string, unknown>) => {
      await makeArticle(strapi, { title, campaign: connect(campaign), ...data }, true);
      await pause();
    };
    await publish('A1 Sơn Tây, chuyên mục CCHC', { unit: connect(sonTay), column: connect(cchc) });
    await publish('A2 huyện chia sẻ, chuyên mục CCHC', {
      unit: connect(district),
      column: connect(cchc),
      sharedWithSubunits: true,
    });
    await publish('A3 huyện không chia sẻ', { unit: connect(district), column: connect(cchc) });
    await publish('A4 Sơn Kim 1, chuyên mục CCHC', {
      unit: connect(sonKim),
      column: connect(cchc),
    });
    await publish('A5 Sơn Tây, chuyên đề DVC ở chuyên mục khác', {
      unit: connect(sonTay),
      column: connect(other),
      topics: connect(online),
    });
    await publish('A6 Sơn Tây, chuyên mục khác', { unit: connect(sonTay), column: connect(other) });
    await publish('A7 tỉnh chia sẻ (không phải cấp trên trực tiếp)', {
      unit: connect(province),
      column: connect(cchc),
      sharedWithSubunits: true,
    });
    await publish('A15 Trung tâm VH-TT chia sẻ', {
      unit: connect(centre),
      column: connect(cchc),
      sharedWithSubunits: true,
    });
    await publish('A16 Trung tâm VH-TT không chia sẻ', {
      unit: connect(centre),
      column: connect(cchc),
    });
    await publish('A17 Sơn Kim 1 chia sẻ (xã bên cạnh)', {
      unit: connect(sonKim),
      column: connect(cchc),
      sharedWithSubunits: true,
    });
    await makeArticle(strapi, {
      title: 'A8 Sơn Tây, bản nháp',
      unit: connect(sonTay),
      column: connect(cchc),
    });
    for (let i = 9; i <= 14; i += 1) {
      await publish(`A${i} Sơn Tây, chuyên mục CCHC`, {
        unit: connect(sonTay),
        column: connect(cchc),
      });
    }
    expected = [
      'A14 Sơn Tây, chuyên mục CCHC',
      'A13 Sơn Tây, chuyên mục CCHC',
      'A12 Sơn Tây, chuyên mục CCHC',
      'A11 Sơn Tây, chuyên mục CCHC',
      'A10 Sơn Tây, chuyên mục CCHC',
      'A9 Sơn Tây, chuyên mục CCHC',
      'A15 Trung tâm VH-TT chia sẻ',
      'A5 Sơn Tây, chuyên đề DVC ở chuyên mục khác',
      'A2 huyện chia sẻ, chuyên mục CCHC',
      'A1 Sơn Tây, chuyên mục CCHC',
    ];
  });

  const restQuery = (page: number) =>
    '/api/articles' +
    '?filters[$and][0][$or][0][unit][slug][$eq]=ubnd-xa-son-tay' +
    '&filters[$and][0][$or][1][sharedWithSubunits][$eq]=true' +
    '&filters[$and][0][$or][1][$or][0][unit][children][slug][$eq]=ubnd-xa-son-tay' +
    '&filters[$and][0][$or][1][$or][1][unit][parent][children][slug][$eq]=ubnd-xa-son-tay' +
    '&filters[$and][0][$or][1][$or][1][unit][kind][$ne]=people_committee' +
    '&filters[$and][1][$or][0][column][slug][$eq]=cai-cach-hanh-chinh' +
    '&filters[$and][1][$or][1][topics][slug][$eq]=dich-vu-cong-truc-tuyen' +
    `&sort[0]=publishedAt:desc&pagination[page]=${page}&pagination[pageSize]=5` +
    '&populate[unit][fields][0]=name&populate[column][fields][0]=name&populate[topics][fields][0]=name';

  test('one REST call', async () => {
    const page1 = await get(restQuery(1));
    expect(page1.status).toBe(200);
    expect(titlesOf(page1)).toEqual(expected.slice(0, 5));
    expect(page1.body.meta.pagination).toMatchObject({
      page: 1,
      pageSize: 5,
      total: 10,
      pageCount: 2,
    });
    const page2 = await get(restQuery(2));
    expect(titlesOf(page2)).toEqual(expected.slice(5));
    expect(page2.body.data[1].unit.name).toBe('Trung tâm Văn hóa - Truyền thông huyện');
    expect(page2.body.data[3].unit.name).toBe('UBND huyện Hương Sơn');
  });

  test('one GraphQL query', async () => {
    const query = `
      query Portal($site: String!, $column: String!, $topic: String!, $page: Int!) {
        articles_connection(
          filters: {
            and: [
              { or: [
                { unit: { slug: { eq: $site } } }
                {
                  sharedWithSubunits: { eq: true }
                  or: [
                    { unit: { children: { slug: { eq: $site } } } }
                    { unit: { parent: { children: { slug: { eq: $site } } }, kind: { ne: "people_committee" } } }
                  ]
                }
              ] }
              { or: [{ column: { slug: { eq: $column } } }, { topics: { slug: { eq: $topic } } }] }
            ]
          }
          sort: ["publishedAt:desc"]
          pagination: { page: $page, pageSize: 5 }
        ) {
          nodes { title slug publishedAt unit { name } column { name } topics { name } }
          pageInfo { page pageSize total pageCount }
        }
      }`;
    const variables = {
      site: 'ubnd-xa-son-tay',
      column: 'cai-cach-hanh-chinh',
      topic: 'dich-vu-cong-truc-tuyen',
    };
    type Page = {
      articles_connection: { nodes: Array<{ title: string }>; pageInfo: Record<string, number> };
    };
    const page1 = await graphql<Page>(app.strapi, query, { ...variables, page: 1 });
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.articles_connection.nodes.map((n) => n.title)).toEqual(expected.slice(0, 5));
    expect(page1.data!.articles_connection.pageInfo).toMatchObject({ total: 10, pageCount: 2 });
    const page2 = await graphql<Page>(app.strapi, query, { ...variables, page: 2 });
    expect(page2.data!.articles_connection.nodes.map((n) => n.title)).toEqual(expected.slice(5));
  });
});
