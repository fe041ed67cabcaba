import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { documentedAnswerErrors } from './helpers/documented-answer';
import { createApiToken, graphql, superAdminToken } from './helpers/http';
import { listen, send } from './helpers/real-client';
import {
  approve,
  connect,
  makeArticle,
  makeBroadcastScript,
  makeColumn,
  makeLeaflet,
  makeTopic,
  makeTraining,
  type Doc,
} from './helpers/fixtures';
import { makeDistrictTree } from './helpers/units';
import { foldedText, markedText } from '../src/plugins/cchc/server/src/search/fold';
import { SEARCH_DOCS } from '../src/plugins/cchc/server/src/search/index-table';
import { parseSearchText } from '../src/plugins/cchc/server/src/search/search-query';
import {
  countStatement,
  hitsStatement,
  MAX_CANDIDATES,
} from '../src/plugins/cchc/server/src/search/search-sql';
import { TRUE } from '../src/plugins/cchc/server/src/public-reads/read-model/condition';

interface Hit {
  type: string;
  documentId: string;
  title: string;
  url: string;
  score: number;
  highlight: { title: string; snippet: string | null };
  unit: { slug: string } | null;
}

let app: TestApp;
let base: string;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let online: Doc;
let scattered: Doc;
let draft: Doc;
let sibling: Doc;
let shared: Doc;
let tricky: Doc;
let column: Doc;
let topic: Doc;
const postgres = process.env.TEST_DB === 'postgres';

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

const search = async (query: Record<string, string>, init: RequestInit = {}) =>
  send(base, `/api/search?${new URLSearchParams(query)}`, init);
const titles = async (query: Record<string, string>) =>
  ((await search(query)).json.data as Hit[]).map((hit) => hit.title);

beforeAll(async () => {
  app = await startApp();
  base = await listen(app.strapi);
  tree = await makeDistrictTree(app.strapi, 'tìm');
  column = await makeColumn(app.strapi, { name: 'Cải cách thủ tục' });
  topic = await makeTopic(app.strapi, { name: 'Bưu điện công ích' });
  const A = connect(tree.A);
  online = await makeArticle(
    app.strapi,
    {
      title: 'Thủ tục trực tuyến trên Cổng dịch vụ công',
      summary: 'Người dân nộp hồ sơ tại nhà.',
      unit: A,
      column: connect(column),
    },
    true
  );
  scattered = await makeArticle(
    app.strapi,
    {
      title: 'Xã A tổng kết năm',
      summary: 'Nhiều thủ tục đã làm được trên mạng, trực tiếp tuyên truyền tuyến thôn.',
      unit: A,
    },
    true
  );
  await makeArticle(
    app.strapi,
    { title: 'Hướng dẫn đăng ký tài khoản định danh', unit: A, topics: connect(topic) },
    true
  );
  await makeArticle(app.strapi, { title: 'Số hồ sơ giải quyết đúng hạn tăng', unit: A }, true);
  await makeArticle(app.strapi, { title: 'Sổ tay cán bộ một cửa', unit: A }, true);
  await makeArticle(
    app.strapi,
    {
      title: 'Kết quả năm 2026',
      summary: 'Tóm tắt.',
      body: paragraph('Trong năm, xã đã đưa thủ tục trực tuyến về đến từng thôn.'),
      unit: A,
    },
    true
  );
  draft = await makeArticle(app.strapi, { title: 'Thủ tục trực tuyến bản nháp', unit: A });
  sibling = await makeArticle(
    app.strapi,
    { title: 'Thủ tục trực tuyến ở xã B', unit: connect(tree.B) },
    true
  );
  shared = await makeArticle(
    app.strapi,
    {
      title: 'Huyện hướng dẫn thủ tục trực tuyến cho các xã',
      unit: connect(tree.D),
      sharedWithSubunits: true,
    },
    true
  );
  await makeArticle(
    app.strapi,
    { title: 'Thủ tục trực tuyến riêng của huyện', unit: connect(tree.D) },
    true
  );
  tricky = await makeArticle(
    app.strapi,
    { title: 'Thủ tục <b>"một cửa"</b> & liên thông', unit: A },
    true
  );
  await makeLeaflet(
    app.strapi,
    { title: 'Tờ gấp dịch vụ bưu chính', description: 'Nhận kết quả qua bưu điện.', unit: A },
    true
  );
  await makeBroadcastScript(
    app.strapi,
    { title: 'Bản tin loa xã', script: 'Bà con có thể đăng ký khai sinh trực tuyến.', unit: A },
    true
  );
  await makeTraining(app.strapi, { title: 'Tập huấn dịch vụ công', unit: A }, true);
}, 240_000);

afterAll(async () => {
  await stopApp(app);
});

describe('finding what people type', () => {
  test('"thu tuc truc tuyen" without marks finds "Thủ tục trực tuyến…" first, the phrase in a title above scattered words', async () => {
    const res = await search({ q: 'thu tuc truc tuyen', site: tree.A.slug as string });
    expect(res.status).toBe(200);
    const hits = res.json.data as Hit[];
    expect(hits[0].documentId).toBe(online.documentId);
    const order = hits.map((hit) => hit.documentId);
    expect(order.indexOf(online.documentId)).toBeLessThan(order.indexOf(scattered.documentId));
    expect(res.json.meta).toMatchObject({
      pagination: { page: 1, pageSize: 10 },
      approximate: false,
      totalCapped: false,
    });
    expect(res.json.meta.pagination.total).toBe(hits.length);
    expect(await documentedAnswerErrors(app.strapi, 'get', '/search', 200, res.json)).toEqual([]);
  });

  test('"dang ky" and Telex "ddang ky" find "Đăng ký", in articles and broadcast scripts', async () => {
    for (const q of ['dang ky', 'ddang ky', 'ĐĂNG KÝ']) {
      const found = await titles({ q });
      expect(found).toContain('Hướng dẫn đăng ký tài khoản định danh');
      expect(found).toContain('Bản tin loa xã');
    }
  });

  test('a word typed with marks ranks exact matches above folded ones', async () => {
    const found = await titles({ q: 'số ' });
    expect(found.indexOf('Số hồ sơ giải quyết đúng hạn tăng')).toBeLessThan(
      found.indexOf('Sổ tay cán bộ một cửa')
    );
    const folded = await titles({ q: 'so ' });
    expect(folded).toEqual(
      expect.arrayContaining(['Số hồ sơ giải quyết đúng hạn tăng', 'Sổ tay cán bộ một cửa'])
    );
  });

  test('the last word matches the words it begins while the user types', async () => {
    expect(await titles({ q: 'dinh da' })).toContain('Hướng dẫn đăng ký tài khoản định danh');
    // a space after it: the word is complete, and no item holds every word exactly
    const complete = await search({ q: 'dinh da ' });
    const exact = complete.json.meta.approximate
      ? []
      : (complete.json.data as Hit[]).map((hit) => hit.title);
    expect(exact).not.toContain('Hướng dẫn đăng ký tài khoản định danh');
  });

  test('title above summary above body', async () => {
    const hits = (await search({ q: 'truc tuyen', site: tree.A.slug as string })).json
      .data as Hit[];
    const rank = (title: string) => hits.findIndex((hit) => hit.title === title);
    expect(rank('Thủ tục trực tuyến trên Cổng dịch vụ công')).toBeLessThan(
      rank('Kết quả năm 2026')
    );
  });

  test('leaflets, scripts and trainings are searched too, and type= narrows', async () => {
    const all = (await search({ q: 'buu dien' })).json.data as Hit[];
    expect(all.map((hit) => hit.type)).toContain('leaflet');
    const trainings = (await search({ q: 'dich vu cong', type: 'training' })).json.data as Hit[];
    expect(trainings.map((hit) => hit.title)).toEqual(['Tập huấn dịch vụ công']);
    const two = (await search({ q: 'dich vu', type: 'article,training' })).json.data as Hit[];
    expect(new Set(two.map((hit) => hit.type))).toEqual(new Set(['article', 'training']));
  });

  test('column= and topic= narrow to the items filed there', async () => {
    expect(await titles({ q: 'thu tuc', column: column.slug as string })).toEqual([
      'Thủ tục trực tuyến trên Cổng dịch vụ công',
    ]);
    expect(await titles({ q: 'dang ky', topic: topic.slug as string })).toEqual([
      'Hướng dẫn đăng ký tài khoản định danh',
    ]);
  });

  test('a typo still finds the title on PostgreSQL (trigrams); SQLite answers nothing, not an error', async () => {
    const res = await search({ q: 'thu tuc truc tiyen', site: tree.A.slug as string });
    expect(res.status).toBe(200);
    if (postgres) {
      expect(res.json.meta.approximate).toBe(true);
      const hits = res.json.data as Hit[];
      expect(hits.map((hit) => hit.documentId)).toContain(online.documentId);
      expect(hits.every((hit) => /thủ tục trực tuyến/i.test(hit.title))).toBe(true);
      expect(hits.map((hit) => hit.documentId)).not.toContain(sibling.documentId);
    } else {
      expect(res.json.data).toEqual([]);
    }
  });
});

describe('what the sites may show', () => {
  test('a draft never appears, whoever asks', async () => {
    const token = await createApiToken(app.strapi, 'full-access');
    for (const init of [{}, { headers: { Authorization: `Bearer ${token}` } }]) {
      const res = await search({ q: 'ban nhap' }, init);
      expect(res.status).toBe(200);
      expect((res.json.data as Hit[]).map((hit) => hit.documentId)).not.toContain(draft.documentId);
    }
    const res = await search({ q: 'thu tuc truc tuyen', pageSize: '50' });
    expect((res.json.data as Hit[]).map((hit) => hit.documentId)).not.toContain(draft.documentId);
  });

  test('site= shows the site’s own items and what the district shared, never a sibling’s', async () => {
    const hits = (
      await search({ q: 'thu tuc truc tuyen', site: tree.A.slug as string, pageSize: '50' })
    ).json.data as Hit[];
    const ids = hits.map((hit) => hit.documentId);
    expect(ids).toContain(online.documentId);
    expect(ids).toContain(shared.documentId);
    expect(ids).not.toContain(sibling.documentId);
    expect(hits.map((hit) => hit.title)).not.toContain('Thủ tục trực tuyến riêng của huyện');
    const everywhere = (await search({ q: 'thu tuc truc tuyen', pageSize: '50' })).json
      .data as Hit[];
    expect(everywhere.map((hit) => hit.documentId)).toContain(sibling.documentId);
  });

  test('an unpublished item leaves the results, a republished edit is found by its new words', async () => {
    const documents = app.strapi.documents(UIDS.article);
    await documents.unpublish({ documentId: scattered.documentId } as never);
    expect(await titles({ q: 'tong ket' })).toEqual([]);
    await documents.update({
      documentId: scattered.documentId,
      data: { title: 'Xã A sơ kết quý' },
    } as never);
    await approve(app.strapi, UIDS.article, scattered.documentId);
    await documents.publish({ documentId: scattered.documentId } as never);
    expect(await titles({ q: 'so ket quy' })).toEqual(['Xã A sơ kết quý']);
    expect(await titles({ q: 'tong ket' })).toEqual([]);
  });
});

describe('highlights', () => {
  test('matched words are marked, everything else HTML-escaped', async () => {
    const hits = (await search({ q: 'mot cua lien thong' })).json.data as Hit[];
    const hit = hits.find((candidate) => candidate.documentId === tricky.documentId) as Hit;
    expect(hit.highlight.title).toBe(
      'Thủ tục &lt;b&gt;&quot;<mark>một</mark> <mark>cửa</mark>&quot;&lt;/b&gt; &amp; <mark>liên</mark> <mark>thông</mark>'
    );
  });

  test('the snippet is the passage of the summary or body that holds the words', async () => {
    const hits = (await search({ q: 'tung thon' })).json.data as Hit[];
    expect(hits[0].title).toBe('Kết quả năm 2026');
    expect(hits[0].highlight.snippet).toContain('<mark>từng</mark> <mark>thôn</mark>');
  });

  test('hits carry the item’s public address and unit', async () => {
    const hits = (await search({ q: 'cong dich vu cong' })).json.data as Hit[];
    expect(hits[0].url).toMatch(/^https?:\/\/.+\/article\/thu-tuc-truc-tuyen/);
    expect(hits[0].unit?.slug).toBe(tree.A.slug);
  });
});

describe('bad input', () => {
  test.each([
    ['no q', {}],
    ['an empty q', { q: '' }],
    ['a one-character q', { q: 'a' }],
    ['only punctuation', { q: '!!!' }],
    ['a q longer than 200 characters', { q: 'thủ tục '.repeat(30) }],
    ['an unknown type', { q: 'thu tuc', type: 'unit-report' }],
    ['an unknown site', { q: 'thu tuc', site: 'khong-co' }],
    ['an unknown column', { q: 'thu tuc', column: 'khong-co' }],
    ['a date that is not one', { q: 'thu tuc', from: '2026-02-31' }],
    ['a page size over 50', { q: 'thu tuc', pageSize: '500' }],
    ['an unknown parameter', { q: 'thu tuc', filters: 'x' }],
  ])('%s: 400 with a message', async (_, query) => {
    const res = await search(query as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toEqual(expect.any(String));
    expect(res.json.error.message.length).toBeGreaterThan(5);
  });

  test('operators and SQL are just words', async () => {
    for (const q of [
      "'; DROP TABLE articles; --",
      'thủ & tục | !trực',
      '"thu" OR "tuc" NEAR(a b)',
      'tuc:* \\ % _',
      'thu tuc*',
    ]) {
      const res = await search({ q });
      expect(res.status).toBe(200);
    }
    expect(await titles({ q: 'thu tuc truc tuyen tren cong' })).toEqual([
      'Thủ tục trực tuyến trên Cổng dịch vụ công',
    ]);
  });

  test('dates from= and to= are the local days, both included', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date()
    );
    expect((await titles({ q: 'giai quyet dung han', from: today, to: today })).length).toBe(1);
    expect(await titles({ q: 'giai quyet dung han', to: '2020-01-01' })).toEqual([]);
  });
});

describe('suggestions and GraphQL', () => {
  test('suggest returns up to 8 titles holding the words typed', async () => {
    const res = await send(base, `/api/search/suggest?q=${encodeURIComponent('thu tuc tr')}`);
    expect(res.status).toBe(200);
    expect(res.json.data.length).toBeGreaterThan(0);
    expect(
      await documentedAnswerErrors(app.strapi, 'get', '/search/suggest', 200, res.json)
    ).toEqual([]);
    const found = (res.json.data as Array<{ title: string; highlight: string }>).map(
      (s) => s.title
    );
    expect(found).toContain('Thủ tục trực tuyến trên Cổng dịch vụ công');
    expect(found.length).toBeLessThanOrEqual(8);
    expect(found.every((title) => /^Thủ tục tr/.test(title) || / thủ tục tr/i.test(title))).toBe(
      true
    );
    expect(found).not.toContain('Thủ tục trực tuyến bản nháp');
    const bad = await send(base, '/api/search/suggest?q=a');
    expect(bad.status).toBe(400);
  });

  test('GraphQL search returns the hits with their items as a union, in the same order as REST', async () => {
    const res = await graphql<{
      search: Array<{
        documentId: string;
        highlight: { title: string };
        item: { __typename: string; title?: string } | null;
      }>;
    }>(
      app.strapi,
      `
        query ($q: String!, $site: String) {
          search(q: $q, site: $site, pageSize: 5) {
            documentId
            score
            highlight {
              title
              snippet
            }
            item {
              __typename
              ... on Article {
                title
              }
              ... on Training {
                title
              }
            }
          }
        }
      `,
      { q: 'thu tuc truc tuyen', site: tree.A.slug }
    );
    expect(res.errors).toBeUndefined();
    const rest = (
      await search({ q: 'thu tuc truc tuyen', site: tree.A.slug as string, pageSize: '5' })
    ).json.data as Hit[];
    expect(res.data?.search.map((hit) => hit.documentId)).toEqual(
      rest.map((hit) => hit.documentId)
    );
    expect(res.data?.search[0].item).toEqual({
      __typename: 'Article',
      title: 'Thủ tục trực tuyến trên Cổng dịch vụ công',
    });
    expect(res.data?.search[0].highlight.title).toBe(rest[0].highlight.title);
  });

  test('GraphQL search_connection pages with Strapi’s pageInfo; bad input is a GraphQL error, not a 500', async () => {
    const res = await graphql<{
      search_connection: {
        nodes: Array<{ type: string }>;
        pageInfo: { total: number; pageCount: number };
        approximate: boolean;
      };
    }>(
      app.strapi,
      `
        {
          search_connection(q: "dich vu", types: ["training"]) {
            nodes {
              type
            }
            pageInfo {
              total
              pageCount
            }
            approximate
          }
        }
      `
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.search_connection).toEqual({
      nodes: [{ type: 'training' }],
      pageInfo: { total: 1, pageCount: 1 },
      approximate: false,
    });
    const bad = await graphql(app.strapi, '{ search(q: "a") { documentId } }');
    expect(bad.status).toBeLessThan(500);
    expect(bad.errors?.[0].message).toMatch(/ít nhất 2/);
    const suggestions = await graphql<{ searchSuggestions: Array<{ title: string }> }>(
      app.strapi,
      '{ searchSuggestions(q: "huong dan dang") { title highlight } }'
    );
    expect(suggestions.data?.searchSuggestions.map((s) => s.title)).toEqual([
      'Hướng dẫn đăng ký tài khoản định danh',
    ]);
  });
});

describe('the list searches (`_q`) of the admin and REST', () => {
  const CM = `/content-manager/collection-types/${UIDS.article}`;

  test('an editor typing "thu tuc ban nhap" finds the draft "Thủ tục trực tuyến bản nháp" in the content manager', async () => {
    const token = await superAdminToken(app.strapi);
    const res = await send(
      base,
      `${CM}?page=1&pageSize=20&_q=${encodeURIComponent('thu tuc ban nhap')}`,
      {
        headers: { Authorization: `Bearer ${token}` },
      }
    );
    expect(res.status).toBe(200);
    expect(res.json.results.map((row: { title: string }) => row.title)).toEqual([
      'Thủ tục trực tuyến bản nháp',
    ]);
    expect(res.json.pagination.total).toBe(1);
    const marked = await send(
      base,
      `${CM}?page=1&pageSize=50&_q=${encodeURIComponent('Số hồ sơ')}`,
      {
        headers: { Authorization: `Bearer ${token}` },
      }
    );
    expect(marked.json.results.map((row: { title: string }) => row.title)).toContain(
      'Số hồ sơ giải quyết đúng hạn tăng'
    );
  });

  test('REST lists fold `q` (and Strapi’s `_q`) the same way and still show only what is published', async () => {
    const res = await send(
      base,
      `/api/articles?_q=${encodeURIComponent('thu tuc truc tuyen')}&pagination[pageSize]=50`
    );
    expect(res.status).toBe(200);
    const ids = (res.json.data as Array<{ documentId: string }>).map((row) => row.documentId);
    expect(ids).toContain(online.documentId);
    expect(ids).not.toContain(draft.documentId);
    expect(res.json.meta.pagination.total).toBe(ids.length);
    const plain = await send(
      base,
      `/api/articles?q=${encodeURIComponent('thu tuc truc tuyen')}&pagination[pageSize]=50`
    );
    expect(plain.status).toBe(200);
    expect((plain.json.data as Array<{ documentId: string }>).map((row) => row.documentId)).toEqual(
      ids
    );
    const short = await send(base, '/api/leaflets?q=a');
    expect(short.status).toBe(400);
    expect(short.json.error.message).toMatch(/ít nhất 2/);
    const none = await send(base, `/api/articles?_q=${encodeURIComponent('khong co dau ca')}`);
    expect(none.status).toBe(200);
    expect(none.json.data).toEqual([]);
    expect(none.json.meta.pagination.total).toBe(0);
    const site = await send(
      base,
      `/api/articles?site=${tree.A.slug}&_q=${encodeURIComponent('thu tuc truc tuyen')}&pagination[pageSize]=50`
    );
    const onSite = (site.json.data as Array<{ documentId: string }>).map((row) => row.documentId);
    expect(onSite).toContain(shared.documentId);
    expect(onSite).not.toContain(sibling.documentId);
  });
});

describe('a word most items hold', () => {
  const FIRST_ROW = 900_000;
  const MANY = MAX_CANDIDATES + 150;
  const knex = () => app.strapi.db.connection;
  const plan = (q: string) => ({
    terms: parseSearchText(q),
    keys: ['article'],
    allTypes: true,
    condition: TRUE,
    from: null,
    to: null,
  });

  beforeAll(async () => {
    const newest = Date.now() + 86_400_000;
    const rows = Array.from({ length: MANY }, (_, index) => {
      const title = `Niêm yết công khai thủ tục số ${index}`;
      return {
        content_type: 'article',
        row_id: FIRST_ROW + index,
        document_id: `niem-yet-${index}`,
        // every third one a day older, so the order is not the insertion order
        published_at: new Date(newest - (index % 3) * 86_400_000 - index * 1000),
        title,
        title_words: foldedText(title),
        summary_words: foldedText(index % 2 ? 'Niêm yết tại bộ phận một cửa.' : 'Tóm tắt.'),
        body_words: foldedText(''),
        title_marked: markedText(title),
        summary_marked: markedText(''),
      };
    });
    await knex().batchInsert(SEARCH_DOCS, rows, 500);
  }, 120_000);

  afterAll(async () => {
    await knex()(SEARCH_DOCS).where('row_id', '>=', FIRST_ROW).del();
  });

  test('the newest rows read in index order rank and count the same hits as the full-text index', async () => {
    for (const q of ['niem yet', 'niêm yết cong khai thu tuc', 'mot cua']) {
      const all = await countStatement(knex(), plan(q), 'all');
      const window = await countStatement(knex(), plan(q), 'window');
      expect(Number(window[0].n)).toBe(Number(all[0].n));
      for (const sort of ['relevance', 'newest'] as const) {
        for (const offset of [0, 990]) {
          const page = { offset, limit: 10, sort };
          expect(await hitsStatement(knex(), plan(q), page, 'window')).toEqual(
            await hitsStatement(knex(), plan(q), page, 'all')
          );
        }
      }
    }
  });

  test('the answer says the total is capped at the newest matches ranked', async () => {
    const res = await search({ q: 'niem yet cong khai' });
    expect(res.status).toBe(200);
    expect(res.json.meta.pagination.total).toBe(MAX_CANDIDATES);
    expect(res.json.meta.totalCapped).toBe(true);
    const rare = await search({ q: 'thu tuc truc tuyen', site: tree.A.slug as string });
    expect(rare.json.meta.totalCapped).toBe(false);
    expect(rare.json.data[0].title).toBe('Thủ tục trực tuyến trên Cổng dịch vụ công');
  });
});
