import { UIDS } from '../src/constants';
import { graphqlLimits } from '../config/graphql/operation-limits';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, graphql } from './helpers/http';
import { connect, makeArticle, makeColumn, makeTopic } from './helpers/fixtures';
import { makeDistrictTree } from './helpers/units';

/**
 * Issue #12, case 6: one anonymous operation with hundreds of aliases of a nested list held the
 * server for 40 s. Operations over the limits (aliases, cost, depth, tokens, directives) are
 * refused with 400 while being validated, before any resolver reads the database, whoever sends
 * them; the portal's everyday queries still answer.
 */
let app: TestApp;
let fullAccess: string;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  fullAccess = await createApiToken(app.strapi, 'full-access');
  const column = await makeColumn(app.strapi, { name: 'Cải cách hành chính' });
  const topic = await makeTopic(app.strapi, { name: 'Dịch vụ công trực tuyến' });
  await makeArticle(
    app.strapi,
    {
      title: 'Xã A triển khai dịch vụ công trực tuyến',
      unit: connect(tree.A),
      column: connect(column),
      topics: { connect: [{ documentId: topic.documentId }] },
    },
    true
  );
}, 120000);
afterAll(() => stopApp(app));

const copies = (count: number, body: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${body}`).join(' ')} }`;

const ISSUE = 'units(pagination: { pageSize: 100 }) { children { children { parent { name } } } }';

/** Statements that follow a unit's parent or children while `run` is in flight. */
const unitTreeReads = async (run: () => Promise<unknown>) => {
  const knex = app.strapi.db.connection;
  const attribute = app.strapi.db.metadata.get(UIDS.unit).attributes.parent as {
    joinTable: { name: string };
  };
  let reads = 0;
  const listener = (query: { sql?: string }) => {
    if (query.sql?.includes(attribute.joinTable.name)) {
      reads += 1;
    }
  };
  knex.on('query', listener);
  try {
    await run();
  } finally {
    knex.removeListener('query', listener);
  }
  return reads;
};

const expectRefused = (
  res: Awaited<ReturnType<typeof graphql>>,
  message: RegExp,
  code = 'GRAPHQL_VALIDATION_FAILED'
) => {
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors?.length).toBeGreaterThan(0);
  expect(res.errors!.map((error) => error.message).join('\n')).toMatch(message);
  expect(res.errors!.map((error) => error.extensions?.code)).toContain(code);
};

describe.each([
  ['Public', undefined],
  ['a full-access token', 'full-access'],
] as const)('from %s', (_who, tokenKind) => {
  const send = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(app.strapi, query, variables, tokenKind ? fullAccess : undefined);

  test('the 200-alias flood of issue #12 is refused unread', async () => {
    let res: Awaited<ReturnType<typeof graphql>> | undefined;
    const reads = await unitTreeReads(async () => {
      res = await send(copies(200, ISSUE));
    });
    expectRefused(res!, /more tha[nt] 1000 tokens/, 'GRAPHQL_PARSE_FAILED');
    expect(reads).toBe(0);
  });

  test('the 30-alias flood is refused for its aliases, unread', async () => {
    let res: Awaited<ReturnType<typeof graphql>> | undefined;
    const reads = await unitTreeReads(async () => {
      res = await send(copies(30, ISSUE));
    });
    expectRefused(res!, /quá nhiều bí danh \(alias\): tối đa 5/);
    expect(reads).toBe(0);
  });

  test('five copies of the nested list, within the alias limit, are refused for their cost', async () => {
    let res: Awaited<ReturnType<typeof graphql>> | undefined;
    const reads = await unitTreeReads(async () => {
      res = await send(copies(5, ISSUE));
    });
    expectRefused(res!, /quá phức tạp: chi phí tối đa 400/);
    expect(reads).toBe(0);
  });

  test('a fragment costs what its fields cost written out, no more and no less', async () => {
    // costs 149 written out; counted as one more level, as a spread was, it cost over 400
    const card =
      'name slug kind parent { name slug kind parent { name slug } } children { name slug kind }';
    const inline = await send(`{ units { ${card} } }`);
    const spread = await send(`{ units { ...Card } } fragment Card on Unit { ${card} }`);
    expect(inline.status).toBe(200);
    expect(spread.status).toBe(200);
    expect(spread.errors).toBeUndefined();
    expect(spread.data).toEqual(inline.data);
    // the flood costs as much in fragments as inline: refused either way
    const nested = (body: string) => `children(pagination: { pageSize: 100 }) { ${body} }`;
    const deep = nested(nested(nested('name slug kind parent { name slug } children { name }')));
    expectRefused(await send(`{ units { ${deep} } }`), /quá phức tạp: chi phí tối đa 400/);
    expectRefused(
      await send(`{ units { ...Deep } } fragment Deep on Unit { ${deep} }`),
      /quá phức tạp: chi phí tối đa 400/
    );
  });

  test('one children ↔ parent cycle down to the depth limit is refused for its cost', async () => {
    const res = await send(
      `{ units(pagination: { pageSize: 100 }) { children(pagination: { pageSize: 100 }) { parent {
          children(pagination: { pageSize: 100 }) { parent { children(pagination: { pageSize: 100 }) {
            parent { name } } } } } } } }`
    );
    expectRefused(res, /quá phức tạp/);
  });

  test('a query deeper than the depth limit is refused', async () => {
    const res = await send(
      '{ units { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } }'
    );
    expectRefused(res, /lồng quá sâu: tối đa 8 cấp|exceeds maximum operation depth/);
  });

  test('a query of more than 1000 tokens is refused', async () => {
    const res = await send(`{ units { ${Array.from({ length: 1001 }, () => 'name').join(' ')} } }`);
    expectRefused(res, /more tha[nt] 1000 tokens/, 'GRAPHQL_PARSE_FAILED');
  });

  test('more than 10 directives are refused', async () => {
    const res = await send(
      `{ units { ${Array.from({ length: 11 }, () => 'name @include(if: true)').join(' ')} } }`
    );
    expectRefused(res, /quá nhiều chỉ thị \(directive\): tối đa 10/);
  });

  test('a query at the limits answers, reading the tree', async () => {
    let res: Awaited<ReturnType<typeof graphql>> | undefined;
    const reads = await unitTreeReads(async () => {
      res = await send(
        copies(
          5,
          'units { name @include(if: true) slug @skip(if: false) children { name } }'
        ).replace(/a(\d+):/g, 'u$1:')
      );
    });
    expect(res!.status).toBe(200);
    expect(res!.errors).toBeUndefined();
    expect(reads).toBeGreaterThan(0);
  });
});

describe('everyday queries still answer', () => {
  test("the README's portal question", async () => {
    const res = await graphql<{ articles_connection: { nodes: Array<{ title: string }> } }>(
      app.strapi,
      `
        query Portal($site: String!, $column: String!, $topic: String!, $page: Int!) {
          articles_connection(
            filters: {
              and: [
                {
                  or: [
                    { unit: { slug: { eq: $site } } }
                    {
                      sharedWithSubunits: { eq: true }
                      or: [
                        { unit: { children: { slug: { eq: $site } } } }
                        {
                          unit: {
                            parent: { children: { slug: { eq: $site } } }
                            kind: { ne: "people_committee" }
                          }
                        }
                      ]
                    }
                  ]
                }
                {
                  or: [{ column: { slug: { eq: $column } } }, { topics: { slug: { eq: $topic } } }]
                }
              ]
            }
            sort: ["publishedAt:desc"]
            pagination: { page: $page, pageSize: 10 }
          ) {
            nodes {
              documentId
              title
              slug
              summary
              publishedAt
              unit {
                name
              }
              column {
                name
              }
              topics {
                name
              }
              cover {
                url
              }
            }
            pageInfo {
              page
              pageSize
              total
              pageCount
            }
          }
        }
      `,
      {
        site: tree.A.slug,
        column: 'cai-cach-hanh-chinh',
        topic: 'dich-vu-cong-truc-tuyen',
        page: 1,
      }
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.articles_connection.nodes.map((node) => node.title)).toEqual([
      'Xã A triển khai dịch vụ công trực tuyến',
    ]);
  });

  test('a site page: its articles, its leaflets and the unit tree', async () => {
    const res = await graphql(
      app.strapi,
      `
        query Home($site: String!) {
          latest: siteArticles(
            site: $site
            sort: ["publishedAt:desc"]
            pagination: { pageSize: 10 }
          ) {
            title
            slug
            summary
            publishedAt
            unit {
              name
            }
            column {
              name
            }
            topics {
              name
            }
            cover {
              url
            }
          }
          leaflets: siteLeaflets(site: $site, pagination: { pageSize: 5 }) {
            title
            slug
          }
          units(filters: { level: { eq: "province" } }) {
            name
            slug
            children {
              name
              slug
              children {
                name
                slug
              }
            }
          }
        }
      `,
      { site: tree.A.slug }
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });

  test("the README's siteArticles query", async () => {
    const res = await graphql(
      app.strapi,
      `{ siteArticles(site: "${tree.A.slug}", sort: ["publishedAt:desc"], pagination: { pageSize: 10 }) { title slug unit { name } } }`
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
  });
});

describe('limits come from the environment', () => {
  const envFrom = (vars: Record<string, string>) => {
    const env = ((key: string, fallback?: unknown) => vars[key] ?? fallback) as any;
    env.int = (key: string, fallback?: number) =>
      key in vars ? parseInt(vars[key], 10) : fallback;
    env.float = (key: string, fallback?: number) =>
      key in vars ? parseFloat(vars[key]) : fallback;
    return env;
  };

  test('each limit has a default and a variable', () => {
    expect(graphqlLimits(envFrom({}))).toEqual({
      depth: 8,
      aliases: 5,
      cost: 400,
      costDepthFactor: 3,
      tokens: 1000,
      directives: 10,
    });
    expect(
      graphqlLimits(
        envFrom({
          GRAPHQL_DEPTH_LIMIT: '6',
          GRAPHQL_MAX_ALIASES: '4',
          GRAPHQL_MAX_COST: '2000',
          GRAPHQL_COST_DEPTH_FACTOR: '2.5',
          GRAPHQL_MAX_TOKENS: '3000',
          GRAPHQL_MAX_DIRECTIVES: '20',
        })
      )
    ).toEqual({
      depth: 6,
      aliases: 4,
      cost: 2000,
      costDepthFactor: 2.5,
      tokens: 3000,
      directives: 20,
    });
  });

  test.each(['abc', '0', '-5'])('GRAPHQL_MAX_COST=%s stops the start', (value) => {
    expect(() => graphqlLimits(envFrom({ GRAPHQL_MAX_COST: value }))).toThrow(
      /GRAPHQL_MAX_COST must be a positive integer/
    );
  });
});
