import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { graphql, http } from './helpers/http';
import {
  approve,
  connect,
  makeArticle,
  makeColumn,
  makeLeaflet,
  makeTopic,
  makeTraining,
  makeUnit,
  type Doc,
} from './helpers/fixtures';

/**
 * The read model answers public lists (REST, GraphQL, feeds) from its own indexed rows. Whatever
 * a portal asks, it must answer exactly what Strapi's own queries answer: these tests ask the
 * same questions twice, with the read model and without it, on a generated district tree.
 */
let app: TestApp;
const strapi = () => app.strapi;
const READ_MODEL = 'plugin::cchc.reads.readModel';

// deterministic data: the same tree and items on every run
const random = (() => {
  let seed = 20261204;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
const pause = () => new Promise((resolve) => setTimeout(resolve, 3));

interface Tree {
  province: Doc;
  units: Doc[];
  communes: Doc[];
  districts: Doc[];
}
let tree: Tree;
let columns: Doc[];
let topics: Doc[];

const buildTree = async (): Promise<Tree> => {
  const province = await makeUnit(strapi(), { name: 'Tỉnh sinh thử', level: 'province' });
  const units: Doc[] = [province];
  const office = (parent: Doc, name: string, kind: string, level: string) =>
    makeUnit(strapi(), { name, kind, level, parent: connect(parent) });
  units.push(await office(province, 'Sở Nội vụ thử', 'office', 'province'));
  const districts: Doc[] = [];
  const communes: Doc[] = [];
  for (const d of [1, 2]) {
    const district = await makeUnit(strapi(), {
      name: `Huyện sinh thử ${d}`,
      level: 'district',
      parent: connect(province),
    });
    districts.push(district);
    units.push(district);
    units.push(await office(district, `Phòng VHTT ${d}`, 'office', 'district'));
    units.push(
      await office(district, `Trung tâm VH-TT ${d}`, 'culture_communication_center', 'district')
    );
    units.push(await office(district, `Bưu điện huyện ${d}`, 'agency', 'district'));
    for (const c of [1, 2, 3]) {
      const commune = await makeUnit(strapi(), {
        name: `Xã sinh thử ${d}-${c}`,
        parent: connect(district),
      });
      communes.push(commune);
      units.push(commune);
      units.push(await office(commune, `Hội Phụ nữ xã ${d}-${c}`, 'mass_organisation', 'other'));
    }
  }
  return { province, units, communes, districts };
};

const publishOne = async (maker: typeof makeArticle, withColumn: boolean) => {
  const unit = pick(tree.units);
  const chosen = topics.filter(() => random() < 0.3);
  const doc = await maker(
    strapi(),
    {
      unit: connect(unit),
      sharedWithSubunits: random() < 0.45,
      ...(withColumn && random() < 0.9 ? { column: connect(pick(columns)) } : {}),
      ...(chosen.length > 0
        ? { topics: { connect: chosen.map((t) => ({ documentId: t.documentId })) } }
        : {}),
    },
    random() < 0.85
  );
  await pause();
  return doc;
};

beforeAll(async () => {
  app = await startApp();
  strapi().config.set('plugin::cchc.reads.responseCache.enabled', false);
  tree = await buildTree();
  columns = [
    await makeColumn(strapi(), { name: 'Cải cách hành chính' }),
    await makeColumn(strapi(), { name: 'Chuyển đổi số' }),
    await makeColumn(strapi(), { name: 'Văn hóa - Xã hội' }),
  ];
  topics = [
    await makeTopic(strapi(), { name: 'Dịch vụ công trực tuyến' }),
    await makeTopic(strapi(), { name: 'Bưu chính công ích' }),
    await makeTopic(strapi(), { name: 'Thủ tục hành chính' }),
    await makeTopic(strapi(), { name: 'Đề án 06' }),
  ];
  const articles: Doc[] = [];
  for (let i = 0; i < 90; i += 1) {
    articles.push(await publishOne(makeArticle, true));
  }
  for (let i = 0; i < 12; i += 1) {
    await publishOne(makeLeaflet, false);
    await publishOne(makeTraining, false);
  }
  // history the read model must follow: unpublished, deleted, republished elsewhere
  const documents = strapi().documents(UIDS.article) as unknown as {
    unpublish(p: object): Promise<unknown>;
    delete(p: object): Promise<unknown>;
    update(p: object): Promise<unknown>;
    publish(p: object): Promise<unknown>;
  };
  for (const doc of articles.slice(0, 6)) {
    await documents.unpublish({ documentId: doc.documentId });
  }
  for (const doc of articles.slice(6, 9)) {
    await documents.delete({ documentId: doc.documentId });
  }
  for (const doc of articles.slice(9, 15)) {
    await documents.update({
      documentId: doc.documentId,
      data: {
        unit: connect(pick(tree.communes)),
        column: connect(columns[0]),
        reviewStage: 'approved',
        sharedWithSubunits: true,
      },
    });
    await approve(strapi(), UIDS.article, doc.documentId);
    await documents.publish({ documentId: doc.documentId });
    await pause();
  }
}, 240000);
afterAll(() => stopApp(app));

type Page = {
  list: {
    nodes: Array<{ documentId: string }>;
    pageInfo: { total: number; pageCount: number };
  };
};

const LIST = (field: string, filterType: string) => `
  query List($filters: ${filterType}, $sort: [String], $page: Int, $pageSize: Int) {
    list: ${field}(filters: $filters, sort: $sort, pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId }
      pageInfo { total pageCount }
    }
  }`;

const SITE_LIST = (field: string, filterType: string) => `
  query Site($site: String!, $filters: ${filterType}, $sort: [String], $page: Int, $pageSize: Int) {
    list: ${field}(site: $site, filters: $filters, sort: $sort, pagination: { page: $page, pageSize: $pageSize }) {
      nodes { documentId }
      pageInfo { total pageCount }
    }
  }`;

const ask = async (query: string, variables: Record<string, unknown>) => {
  const res = await graphql<Page>(strapi(), query, variables);
  expect(res.errors).toBeUndefined();
  return {
    ids: res.data!.list.nodes.map((n) => n.documentId),
    total: res.data!.list.pageInfo.total,
  };
};

/** The same question with the read model and with Strapi's own queries. */
const bothWays = async (query: string, variables: Record<string, unknown>) => {
  const fast = await ask(query, variables);
  strapi().config.set(READ_MODEL, false);
  try {
    const ordinary = await ask(query, variables);
    return { fast, ordinary };
  } finally {
    strapi().config.set(READ_MODEL, true);
  }
};

const slugOf = (doc: Doc) => doc.slug as string;

const portalFilter = (site: string, column: string, topic: string) => ({
  and: [
    {
      or: [
        { unit: { slug: { eq: site } } },
        {
          sharedWithSubunits: { eq: true },
          or: [
            { unit: { children: { slug: { eq: site } } } },
            {
              unit: {
                parent: { children: { slug: { eq: site } } },
                kind: { ne: 'people_committee' },
              },
            },
          ],
        },
      ],
    },
    { or: [{ column: { slug: { eq: column } } }, { topics: { slug: { eq: topic } } }] },
  ],
});

describe('the read model answers what Strapi answers', () => {
  const SORTS = [
    ['publishedAt:desc', 'id:desc'],
    ['publishedAt:asc', 'id:asc'],
    ['publishedAt:desc'],
  ];

  test("the README's spelled-out portal filter, for every commune, every page", async () => {
    let nonEmpty = 0;
    for (const commune of tree.communes) {
      for (const sort of SORTS) {
        for (const page of [1, 2, 3]) {
          const { fast, ordinary } = await bothWays(
            LIST('articles_connection', 'ArticleFiltersInput'),
            {
              filters: portalFilter(slugOf(commune), slugOf(columns[0]), slugOf(topics[0])),
              sort,
              page,
              pageSize: 4,
            }
          );
          expect(fast).toEqual(ordinary);
          nonEmpty += fast.ids.length > 0 ? 1 : 0;
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(10);
    // Strapi's own path answers this filter with joins over the unit tree: slow on PostgreSQL
  }, 300000);

  test('siteArticles (all levels above) and the site lists of the other types, for every unit', async () => {
    for (const unit of tree.units) {
      for (const [field, filterType, filters] of [
        ['siteArticles_connection', 'ArticleFiltersInput', undefined],
        [
          'siteArticles_connection',
          'ArticleFiltersInput',
          { column: { slug: { eq: slugOf(columns[1]) } } },
        ],
        [
          'siteArticles_connection',
          'ArticleFiltersInput',
          { topics: { slug: { in: [slugOf(topics[1]), slugOf(topics[2])] } } },
        ],
        ['siteLeaflets_connection', 'LeafletFiltersInput', undefined],
        [
          'siteTrainings_connection',
          'TrainingFiltersInput',
          { unit: { level: { eq: 'commune' } } },
        ],
      ] as const) {
        const { fast, ordinary } = await bothWays(SITE_LIST(field, filterType), {
          site: slugOf(unit),
          filters,
          sort: ['publishedAt:desc', 'id:desc'],
          page: 1,
          pageSize: 7,
        });
        expect(fast).toEqual(ordinary);
      }
    }
  });

  test.each([
    ['everything', undefined],
    ['a column page', { column: { slug: { eq: 'cai-cach-hanh-chinh' } } }],
    ['a topic', { topics: { name: { eq: 'Bưu chính công ích' } } }],
    ['items without a column', { column: { documentId: { null: true } } }],
    [
      'a column whose name is not set, or another',
      { column: { or: [{ name: { null: true } }, { slug: { eq: 'chuyen-doi-so' } }] } },
    ],
    ['items without topics', { topics: { documentId: { null: true } } }],
    ['items with topics', { topics: { documentId: { notNull: true } } }],
    [
      'shared items of a district',
      { sharedWithSubunits: { eq: true }, unit: { level: { eq: 'district' } } },
    ],
    ['not shared', { not: { sharedWithSubunits: { eq: true } } }],
    [
      'units by kind, through the parent',
      { unit: { parent: { kind: { eq: 'people_committee' } } } },
    ],
    ['nothing', { unit: { slug: { eq: 'khong-co-don-vi-nay' } } }],
    [
      'two topics at once',
      {
        and: [
          { topics: { slug: { eq: 'dich-vu-cong-truc-tuyen' } } },
          { topics: { slug: { eq: 'thu-tuc-hanh-chinh' } } },
        ],
      },
    ],
  ])('a plain list: %s', async (_, filters) => {
    for (const sort of SORTS) {
      for (const page of [1, 4]) {
        const { fast, ordinary } = await bothWays(
          LIST('articles_connection', 'ArticleFiltersInput'),
          {
            filters,
            sort,
            page,
            pageSize: 6,
          }
        );
        expect({ sort, page, ...fast }).toEqual({ sort, page, ...ordinary });
      }
    }
  });

  test('REST: site=, the portal filter and deep pages, with the same totals', async () => {
    const commune = tree.communes[4];
    const urls = [
      `/api/articles?site=${slugOf(commune)}&sort=publishedAt:desc&pagination[page]=2&pagination[pageSize]=3&populate[unit][fields][0]=name`,
      `/api/articles?filters[$or][0][unit][slug][$eq]=${slugOf(commune)}&filters[$or][1][sharedWithSubunits][$eq]=true&sort[0]=publishedAt:asc&pagination[start]=5&pagination[limit]=5`,
      `/api/leaflets?site=${slugOf(tree.districts[1])}&sort=publishedAt:desc`,
      `/api/articles?pagination[page]=30&pagination[pageSize]=3&sort=publishedAt:desc`,
    ];
    for (const url of urls) {
      const fast = await http(strapi()).get(url);
      strapi().config.set(READ_MODEL, false);
      const ordinary = await http(strapi()).get(url);
      strapi().config.set(READ_MODEL, true);
      expect(fast.status).toBe(200);
      expect(fast.body).toEqual(ordinary.body);
    }
  });
});

describe('the read model follows every change to what is published', () => {
  const countIn = async (documentId: string) =>
    Number(
      (
        (await strapi()
          .db.connection('cchc_read_items')
          .count({ n: '*' })
          .where({ document_id: documentId })) as Array<{ n: number | string }>
      )[0].n
    );

  test('publish, republish after an edit, unpublish and delete', async () => {
    const unit = tree.communes[0];
    const other = tree.communes[1];
    const doc = await makeArticle(strapi(), { unit: connect(unit) }, true);
    expect(await countIn(doc.documentId)).toBe(1);
    const site = async (commune: Doc) =>
      (
        await http(strapi()).get(`/api/articles?site=${slugOf(commune)}&pagination[pageSize]=100`)
      ).body.data.map((d: Doc) => d.documentId);
    expect(await site(unit)).toContain(doc.documentId);

    const documents = strapi().documents(UIDS.article) as unknown as {
      update(p: object): Promise<unknown>;
      publish(p: object): Promise<unknown>;
      unpublish(p: object): Promise<unknown>;
      delete(p: object): Promise<unknown>;
    };
    // a draft edit changes nothing that is published
    await documents.update({ documentId: doc.documentId, data: { unit: connect(other) } });
    expect(await site(unit)).toContain(doc.documentId);
    expect(await site(other)).not.toContain(doc.documentId);
    // publishing the edit moves the item
    await approve(strapi(), UIDS.article, doc.documentId);
    await documents.publish({ documentId: doc.documentId });
    expect(await site(unit)).not.toContain(doc.documentId);
    expect(await site(other)).toContain(doc.documentId);
    expect(await countIn(doc.documentId)).toBe(1);

    await documents.unpublish({ documentId: doc.documentId });
    expect(await countIn(doc.documentId)).toBe(0);
    expect(await site(other)).not.toContain(doc.documentId);

    const gone = await makeArticle(strapi(), { unit: connect(unit) }, true);
    await documents.delete({ documentId: gone.documentId });
    expect(await countIn(gone.documentId)).toBe(0);
  });

  test('a deleted column or topic leaves no item behind it', async () => {
    const column = await makeColumn(strapi(), { name: 'Chuyên mục sẽ xóa' });
    const topic = await makeTopic(strapi(), { name: 'Chuyên đề sẽ xóa' });
    const doc = await makeArticle(
      strapi(),
      { unit: connect(tree.communes[2]), column: connect(column), topics: connect(topic) },
      true
    );
    const byColumn = `/api/articles?filters[column][id][$eq]=${column.id as number}`;
    expect((await http(strapi()).get(byColumn)).body.data.map((d: Doc) => d.documentId)).toEqual([
      doc.documentId,
    ]);
    await strapi().documents(UIDS.column).delete({ documentId: column.documentId });
    await strapi().documents(UIDS.topic).delete({ documentId: topic.documentId });
    const links = await strapi()
      .db.connection('cchc_read_links')
      .where({ field: 'column', target_id: column.id as number })
      .orWhere({ field: 'topics', target_id: topic.id as number });
    expect(links).toEqual([]);
    for (const filter of ['filters[column][id][$null]=true', 'filters[topics][id][$null]=true']) {
      const url = `/api/articles?${filter}&pagination[pageSize]=100&sort=publishedAt:desc`;
      const fast = await http(strapi()).get(url);
      strapi().config.set(READ_MODEL, false);
      const ordinary = await http(strapi()).get(url);
      strapi().config.set(READ_MODEL, true);
      expect(fast.body).toEqual(ordinary.body);
      expect(fast.body.data.map((d: Doc) => d.documentId)).toContain(doc.documentId);
    }
  });

  test('a refused publish leaves the read model as it was', async () => {
    const doc = await makeArticle(strapi(), { unit: connect(tree.communes[3]) });
    const res = await (
      strapi().documents(UIDS.article) as unknown as {
        publish(p: object): Promise<unknown>;
      }
    )
      .publish({ documentId: doc.documentId })
      .then(
        () => 'published',
        (error: Error) => error.name
      );
    expect(res).not.toBe('published');
    expect(await countIn(doc.documentId)).toBe(0);
  });

  test('the rebuild (after a bulk load with SQL) gives the same rows as the publishes did', async () => {
    const snapshot = async () =>
      strapi()
        .db.connection('cchc_read_items')
        .select('content_type', 'row_id', 'document_id', 'unit_id', 'shared')
        .orderBy(['content_type', 'row_id']);
    const before = await snapshot();
    const links = await strapi().db.connection('cchc_read_links').count({ n: '*' });
    await strapi().plugin('cchc').service('read-model').rebuild();
    expect(await snapshot()).toEqual(before);
    expect(await strapi().db.connection('cchc_read_links').count({ n: '*' })).toEqual(links);
  });
});

describe('GraphQL loads relations in batches', () => {
  const PORTAL = `
    query Portal($site: String!, $column: String!, $topic: String!, $pageSize: Int!) {
      articles_connection(
        filters: {
          and: [
            { or: [
              { unit: { slug: { eq: $site } } }
              { sharedWithSubunits: { eq: true }, or: [
                { unit: { children: { slug: { eq: $site } } } }
                { unit: { parent: { children: { slug: { eq: $site } } }, kind: { ne: "people_committee" } } }
              ] }
            ] }
            { or: [{ column: { slug: { eq: $column } } }, { topics: { slug: { eq: $topic } } }] }
          ]
        }
        sort: ["publishedAt:desc"]
        pagination: { page: 1, pageSize: $pageSize }
      ) {
        nodes { documentId title slug summary publishedAt unit { name } column { name } topics { name } cover { url } }
        pageInfo { page pageSize total pageCount }
      }
    }`;

  const NEWEST = `
    query Newest($pageSize: Int!) {
      articles_connection(sort: ["publishedAt:desc"], pagination: { page: 1, pageSize: $pageSize }) {
        nodes { documentId title slug summary publishedAt unit { name } column { name } topics { name } cover { url } }
        pageInfo { page pageSize total pageCount }
      }
    }`;

  const statementsOf = async (query: string, variables: Record<string, unknown>) => {
    const statements: string[] = [];
    // the content version is read again whenever this node's copy is older than its TTL
    // (500 ms): a matter of the clock, not of the query
    const listener = (sql: { sql: string }) => {
      if (!sql.sql.includes('cchc_content_versions')) {
        statements.push(sql.sql);
      }
    };
    // warm: the count and a site's units are kept per content version
    await graphql(strapi(), query, variables);
    strapi().db.connection.on('query', listener);
    try {
      const res = await graphql<{ articles_connection: { nodes: unknown[] } }>(
        strapi(),
        query,
        variables
      );
      expect(res.errors).toBeUndefined();
      return { statements, items: res.data!.articles_connection.nodes.length };
    } finally {
      strapi().db.connection.off('query', listener);
    }
  };

  test('a page of 3 and a page of 30 cost the same statements', async () => {
    const small = await statementsOf(NEWEST, { pageSize: 3 });
    const large = await statementsOf(NEWEST, { pageSize: 30 });
    expect(small.items).toBe(3);
    expect(large.items).toBe(30);
    expect(large.statements.length).toBe(small.statements.length);
    // the page, its rows, and two statements per relation at most (topics: a count, then the rows)
    expect(large.statements.length).toBeLessThanOrEqual(16);
  });

  test("the README's portal question costs a fixed number of statements", async () => {
    const ask = (pageSize: number) =>
      statementsOf(PORTAL, {
        site: slugOf(tree.communes[0]),
        column: slugOf(columns[0]),
        topic: slugOf(topics[0]),
        pageSize,
      });
    const small = await ask(1);
    const large = await ask(10);
    expect(large.items).toBeGreaterThan(small.items);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(16);
  });

  test('relation pages stay per item: a unit with more children than a page asks for', async () => {
    const query = `{ units(filters: { level: { eq: "district" } }, sort: ["name:asc"]) {
      name children(pagination: { pageSize: 2 }, sort: ["name:asc"]) { name } } }`;
    const fast = await graphql<{
      units: Array<{ name: string; children: Array<{ name: string }> }>;
    }>(strapi(), query);
    expect(fast.errors).toBeUndefined();
    const district = fast.data!.units.find((u) => u.name === 'Huyện sinh thử 1')!;
    expect(district.children.map((c) => c.name)).toEqual(['Bưu điện huyện 1', 'Phòng VHTT 1']);
    for (const unit of fast.data!.units) {
      expect(unit.children.length).toBeLessThanOrEqual(2);
    }
  });
});
