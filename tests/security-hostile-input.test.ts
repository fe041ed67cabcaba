import { gzipSync } from 'node:zlib';
import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken } from './helpers/http';
import { approve, connect, makeArticle, type Doc } from './helpers/fixtures';
import { listen, send, type RealResponse } from './helpers/real-client';
import { makeAdmin, makeDistrictTree } from './helpers/units';

/**
 * More than a hundred malformed or hostile requests, sent over real HTTP with the headers a
 * real client sends (Node's fetch), across REST, GraphQL, the admin, uploads, feeds, the social
 * queue and the reports API. None may answer 5xx; every error is JSON with a message; no
 * response carries a stack trace, SQL, a private field or another user's data.
 */
type Caller = 'public' | 'readOnly' | 'full' | 'queue' | 'reports' | 'editor' | 'forged';

interface Hostile {
  name: string;
  path: string | (() => string);
  method?: string;
  as?: Caller;
  /** A JSON value (sent as JSON), or raw bytes/text sent with `type`. */
  json?: unknown;
  raw?: string | Buffer;
  form?: () => FormData;
  type?: string;
  headers?: Record<string, string>;
  /** The answer is a 4xx (else any status below 500 will do). */
  refused?: boolean;
}

let app: TestApp;
let base: string;
const tokens: Partial<Record<Caller, string>> = {};
let published: Doc;
let webhookSecret: string;

beforeAll(async () => {
  app = await startApp();
  const tree = await makeDistrictTree(app.strapi);
  tokens.editor = (await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }])).token;
  tokens.readOnly = await createApiToken(app.strapi, 'read-only');
  tokens.full = await createApiToken(app.strapi, 'full-access');
  tokens.queue = await createApiToken(app.strapi, 'custom', 'Công cụ đăng bài', [
    'plugin::cchc.social-queue.claim',
    'plugin::cchc.social-queue.ack',
    'plugin::cchc.social-queue.list',
  ]);
  tokens.reports = await createApiToken(app.strapi, 'custom', 'Công cụ báo cáo', [
    'plugin::cchc.reports.summary',
    'plugin::cchc.reports.summaryDocx',
    'plugin::cchc.reports.summaryXlsx',
  ]);
  tokens.forged = `${'a'.repeat(64)}`;
  published = await makeArticle(app.strapi, { title: 'Tin công khai', unit: connect(tree.A) });
  await approve(app.strapi, UIDS.article, published.documentId);
  await app.strapi.documents(UIDS.article).publish({ documentId: published.documentId });
  await makeArticle(app.strapi, { title: 'Bản nháp riêng tư', unit: connect(tree.B) });
  webhookSecret = 'bi-mat-webhook-khong-lo-ra-0123456789';
  await app.strapi.documents('plugin::cchc.webhook-subscription').create({
    data: {
      name: 'Máy nhận',
      url: 'http://93.184.216.34/hook',
      secret: webhookSecret,
      events: ['entry.publish'],
    },
  } as never);
  base = await listen(app.strapi);
}, 300000);
afterAll(() => stopApp(app));

const invalidUtf8 = (before: string, after: string) =>
  Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(after)]);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const gql = (query: string, variables?: unknown) => ({ query, variables });
const file = (name: string, bytes: string | Buffer, type = 'image/png') => {
  const form = new FormData();
  form.append('files', new Blob([bytes], { type }), name);
  return form;
};
const CM = '/content-manager/collection-types';

const REST_QUERIES: Array<[string, string]> = [
  ['$or given a value', 'filters[$or]=x'],
  ['$and given a value', 'filters[$and]=x'],
  ['$not given a value', 'filters[$not]=x'],
  ['$or nested in a relation', 'filters[unit][$or]=x'],
  ['$or given a list of values', 'filters[$or][0]=x'],
  ['$or of lists', 'filters[$or][0][0]=x'],
  ['filters as a list of values', 'filters[0]=x'],
  ['$between with one value', 'filters[title][$between]=x'],
  ['$or on a plain field', 'filters[title][$or][0]=x'],
  ['an unknown operator', 'filters[title][$regex]=.*'],
  ['a Mongo-style operator', 'filters[$where]=sleep(1000)'],
  ['SQL in a filter value', "filters[title][$eq]=' OR 1=1 --"],
  ['LIKE wildcards in a filter', 'filters[title][$contains]=%25_%25'],
  ['a backslash in a filter', 'filters[title][$containsi]=%5C'],
  ['a NUL byte in a filter', 'filters[slug][$eq]=a%00b'],
  ['path traversal in a slug filter', 'filters[slug][$eq]=../../etc/passwd'],
  ['SQL in sort', 'sort=title;DROP TABLE articles'],
  ['a sort direction that is not one', 'sort=title:sideways'],
  ['a sort path through a plain field', 'sort[title][x]=asc'],
  ['a list as a sort direction', 'sort[title][0]=asc'],
  ['SQL in fields', 'fields[0]=title) from articles--'],
  ['a prototype name in fields', 'fields[0]=constructor'],
  ['a prototype key in filters', 'filters[constructor][prototype]=x'],
  ['__proto__ in the query', 'filters[__proto__][title]=x'],
  ['a prototype key in populate', 'populate[toString]=x'],
  ['populate of an unknown field', 'populate=nothing'],
  ['populate of the author', 'populate=createdBy'],
  ['a filter on a private field', 'filters[createdBy][password][$startsWith]=$2'],
  ['pagination as a string', 'pagination=x'],
  ['a page that is not a number', 'pagination[page]=abc'],
  ['a page of 1e400', 'pagination[page]=1e400'],
  ['page and offset at once', 'pagination[page]=1&pagination[start]=0'],
  ['a huge page size', 'pagination[pageSize]=999999999999999999999'],
  ['an unknown status', 'status=everything'],
  ['drafts from Public', 'status=draft'],
  ['a locale object', 'locale[$ne]=x'],
  ['a site that is an object', 'site[$ne]=x'],
  ['a site with SQL', "site=' OR '1'='1"],
  ['a 7 kB filter value', `filters[title][$eq]=${'x'.repeat(7000)}`],
  [
    'a hundred $in values and more',
    Array.from({ length: 150 }, (_, i) => `filters[id][$in][${i}]=${i}`).join('&'),
  ],
  ['filters twenty levels deep', `filters${'[unit][parent]'.repeat(10)}[name]=x`],
];

const CASES: Hostile[] = [
  ...REST_QUERIES.map(([name, query]) => ({
    name: `REST ${name}`,
    path: `/api/articles?${query}`,
  })),
  {
    name: 'REST a unit filter on the private path',
    path: '/api/units?filters[path][$startsWith]=/',
    refused: true,
  },
  { name: 'REST unit reports are never public', path: '/api/unit-reports', refused: true },
  { name: 'REST an unknown route', path: '/api/nothing-here', refused: true },
  {
    name: 'REST dot segments in the path',
    path: '/api/articles/%2e%2e%2f%2e%2e%2fadmin',
    refused: true,
  },
  { name: 'REST a documentId with SQL', path: "/api/articles/1'%20OR%20'1'='1", refused: true },
  { name: 'REST a forged bearer token', path: '/api/articles', as: 'forged', refused: true },
  {
    name: 'REST a 5 kB bearer token',
    path: '/api/articles',
    headers: { Authorization: `Bearer ${'x'.repeat(5000)}` },
    refused: true,
  },
  { name: 'REST Basic auth', path: '/api/articles', headers: { Authorization: 'Basic YTpi' } },

  // bodies, with a token that may write
  ...(
    [
      ['broken JSON', '{"data":', 'application/json'],
      ['JSON that is only a number', '123', 'application/json'],
      ['JSON null', 'null', 'application/json'],
      ['a JSON string', '"data"', 'application/json'],
      ['invalid UTF-8', invalidUtf8('{"data":{"title":"', '"}}'), 'application/json'],
      ['a UTF-16 body', Buffer.from('\ufeff{"data":{"title":"x"}}', 'utf16le'), 'application/json'],
      ['text/plain', 'title=x', 'text/plain'],
      ['XML', '<data><title>x</title></data>', 'application/xml'],
      ['an unknown content type', '{"data":{"title":"x"}}', 'application/x-nothing'],
      ['JSON nested 500 deep', `{"data":{"title":"x","body":${nested(500)}}}`, 'application/json'],
      ['a 2 MB body', `{"data":{"title":"${'x'.repeat(2 * 1024 * 1024)}"}}`, 'application/json'],
      [
        'form data with invalid UTF-8',
        invalidUtf8('data[title]=', ''),
        'application/x-www-form-urlencoded',
      ],
    ] as Array<[string, string | Buffer, string]>
  ).map(([name, raw, type]): Hostile => ({
    name: `REST create with ${name}`,
    path: '/api/articles',
    method: 'POST',
    as: 'full',
    raw,
    type,
    refused: true,
  })),
  ...(
    [
      ['no data', {}],
      ['data as a list', { data: [] }],
      ['data as a string', { data: 'x' }],
      ['a title that is a list', { data: { title: ['x'] } }],
      ['a title that is an object', { data: { title: { $ne: null } } }],
      ['a constructor key', { data: { title: 'x', constructor: 1 } }],
      ['a toString key', { data: { title: 'x', toString: 'x' } }],
      ['a prototype key in a component', { data: { title: 'x', seo: { hasOwnProperty: 1 } } }],
      [
        'an operator as a relation',
        { data: { title: 'x', unit: { connect: [{ documentId: { $ne: null } }] } } },
      ],
      ['SQL as a relation', { data: { title: 'x', unit: "1' OR '1'='1" } }],
      ['an unknown field', { data: { title: 'x', isAdmin: true } }],
      ['an unknown enum value', { data: { title: 'x', kind: 'propaganda' } }],
      ['a 300 kB title', { data: { title: 'x'.repeat(300_000) } }],
      ['a broken date', { data: { title: 'x', publishAt: 'yesterday-ish' } }],
      ['a NUL character in the title', { data: { title: 'a\u0000b' } }],
    ] as Array<[string, unknown]>
  ).map(([name, json]): Hostile => ({
    name: `REST create with ${name}`,
    path: '/api/articles',
    method: 'POST',
    as: 'full',
    json,
    refused: true,
  })),
  {
    name: 'REST create with a body that is not gzip but says so',
    path: '/api/articles',
    method: 'POST',
    as: 'full',
    raw: '{"data":{"title":"x"}}',
    type: 'application/json',
    headers: { 'Content-Encoding': 'gzip' },
    refused: true,
  },
  {
    name: 'REST create with an unknown content encoding',
    path: '/api/articles',
    method: 'POST',
    as: 'full',
    raw: '{"data":{"title":"x"}}',
    type: 'application/json',
    headers: { 'Content-Encoding': 'compress' },
    refused: true,
  },
  {
    name: 'REST create with a gzip bomb',
    path: '/api/articles',
    method: 'POST',
    as: 'full',
    raw: gzipSync(Buffer.from(`{"data":{"title":"${' '.repeat(20 * 1024 * 1024)}"}}`)),
    type: 'application/json',
    headers: { 'Content-Encoding': 'gzip' },
    refused: true,
  },
  {
    name: 'REST create as Public',
    path: '/api/articles',
    method: 'POST',
    json: { data: { title: 'x' } },
    refused: true,
  },
  {
    name: 'REST create with a read-only token',
    path: '/api/articles',
    method: 'POST',
    as: 'readOnly',
    json: { data: { title: 'x' } },
    refused: true,
  },
  {
    name: 'REST update of an unknown document',
    path: '/api/articles/khongtontai0000000000000',
    method: 'PUT',
    as: 'full',
    json: { data: { title: 'x' } },
    refused: true,
  },
  {
    name: 'REST delete as Public',
    path: () => `/api/articles/${published.documentId}`,
    method: 'DELETE',
    refused: true,
  },

  // GraphQL
  ...(
    [
      ['a syntax error', gql('{ articles { title ')],
      ['an unknown field', gql('{ articles { titel } }')],
      ['a query that is a number', { query: 123 }],
      ['variables as a string', { query: '{ articles { title } }', variables: 'x' }],
      ['a batch of operations', [gql('{ articles { title } }'), gql('{ units { name } }')]],
      [
        'an or filter given a value',
        gql('query ($f: ArticleFiltersInput) { articles(filters: $f) { title } }', {
          f: { or: 'x' },
        }),
      ],
      [
        'a between with one value',
        gql('{ articles(filters: { title: { between: "x" } }) { title } }'),
      ],
      [
        'a constructor key in variables',
        gql('query ($f: ArticleFiltersInput) { articles(filters: $f) { title } }', {
          f: { constructor: 1 },
        }),
      ],
      [
        '__proto__ in variables',
        '{"query":"{ articles { title } }","variables":{"__proto__":{"x":1}}}',
      ],
      ['drafts through status', gql('{ articles(status: DRAFT) { title } }')],
      [
        'the author through a filter',
        gql('{ articles(filters: { createdBy: { email: { contains: "@" } } }) { title } }'),
      ],
      ['a mutation from Public', gql('mutation { createArticle(data: { title: "x" }) { title } }')],
      ['an unknown operation name', { ...gql('{ articles { title } }'), operationName: 'Nope' }],
      [
        'a 100 kB query',
        gql(`{ articles(filters: { title: { eq: "${'x'.repeat(100_000)}" } }) { title } }`),
      ],
      [
        'a page size of a million',
        gql('{ articles(pagination: { pageSize: 1000000 }) { title } }'),
      ],
      ['a negative page', gql('{ articles(pagination: { page: -1 }) { title } }')],
      ['SQL in a sort', gql('{ articles(sort: ["title;DROP TABLE articles"]) { title } }')],
      ['a site that is not a slug', gql('{ siteArticles(site: "../../x") { title } }')],
    ] as Array<[string, unknown]>
  ).map(([name, body]): Hostile => ({
    name: `GraphQL ${name}`,
    path: '/graphql',
    method: 'POST',
    ...(typeof body === 'string' ? { raw: body, type: 'application/json' } : { json: body }),
  })),
  {
    name: 'GraphQL invalid UTF-8',
    path: '/graphql',
    method: 'POST',
    raw: invalidUtf8('{"query":"{ articles { title } }","operationName":"', '"}'),
    type: 'application/json',
    refused: true,
  },
  {
    name: 'GraphQL as text/plain',
    path: '/graphql',
    method: 'POST',
    raw: '{ articles { title } }',
    type: 'text/plain',
  },
  {
    name: 'GraphQL over GET with a mutation',
    path: '/graphql?query=mutation%7BdeleteArticle(documentId%3A%22x%22)%7BdocumentId%7D%7D',
  },
  {
    name: 'GraphQL with a forged token',
    path: '/graphql',
    method: 'POST',
    as: 'forged',
    json: gql('{ articles { title } }'),
    refused: true,
  },

  // the admin, unauthenticated or as a unit editor
  { name: 'admin user list without a login', path: '/admin/users', refused: true },
  { name: 'admin user list as an editor', path: '/admin/users', as: 'editor', refused: true },
  {
    name: 'admin roles as an editor',
    path: '/admin/roles/1/permissions',
    method: 'PUT',
    as: 'editor',
    json: { permissions: [] },
    refused: true,
  },
  { name: 'admin API tokens as an editor', path: '/admin/api-tokens', as: 'editor', refused: true },
  {
    name: 'admin login with an operator',
    path: '/admin/login',
    method: 'POST',
    json: { email: { $ne: null }, password: { $ne: null } },
    refused: true,
  },
  {
    name: 'admin login with lists',
    path: '/admin/login',
    method: 'POST',
    json: { email: ['a@b.c'], password: ['x'] },
    refused: true,
  },
  {
    name: 'admin login with invalid UTF-8',
    path: '/admin/login',
    method: 'POST',
    raw: invalidUtf8('{"email":"', '@x.vn","password":"x"}'),
    type: 'application/json',
    refused: true,
  },
  {
    name: 'admin login with a constructor key',
    path: '/admin/login',
    method: 'POST',
    json: { email: 'a@b.c', password: 'x', constructor: { prototype: {} } },
    refused: true,
  },
  {
    name: 'admin forgot password with SQL',
    path: '/admin/forgot-password',
    method: 'POST',
    json: { email: "' OR 1=1 --" },
    refused: true,
  },
  {
    name: 'admin renew a forged token',
    path: '/admin/renew-token',
    method: 'POST',
    json: { token: 'x.y.z' },
    refused: true,
  },
  { name: 'content manager list without a login', path: `${CM}/${UIDS.article}`, refused: true },
  {
    name: 'content manager list with $or given a value',
    path: `${CM}/${UIDS.article}?filters[$or]=x`,
    as: 'editor',
    refused: true,
  },
  {
    name: 'content manager list with a prototype key',
    path: `${CM}/${UIDS.article}?filters[constructor]=x`,
    as: 'editor',
    refused: true,
  },
  {
    name: 'content manager admin users as an editor',
    path: `${CM}/admin::user`,
    as: 'editor',
    refused: true,
  },
  {
    name: 'content manager webhook subscriptions as an editor',
    path: `${CM}/plugin::cchc.webhook-subscription`,
    as: 'editor',
    refused: true,
  },
  {
    name: 'content manager create with a constructor key',
    path: `${CM}/${UIDS.article}`,
    method: 'POST',
    as: 'editor',
    json: { title: 'x', constructor: 1 },
    refused: true,
  },
  {
    name: 'content manager create with invalid UTF-8',
    path: `${CM}/${UIDS.article}`,
    method: 'POST',
    as: 'editor',
    raw: invalidUtf8('{"title":"', '"}'),
    type: 'application/json',
    refused: true,
  },
  {
    name: 'content manager update of an unknown document',
    path: `${CM}/${UIDS.article}/khongtontai0000000000000`,
    method: 'PUT',
    as: 'editor',
    json: { title: 'x' },
    refused: true,
  },
  {
    name: 'content manager bulk delete with an operator',
    path: `${CM}/${UIDS.article}/actions/bulkDelete`,
    method: 'POST',
    as: 'editor',
    json: { documentIds: { $ne: null } },
    refused: true,
  },
  {
    name: 'content manager a model that does not exist',
    path: `${CM}/api::nope.nope`,
    as: 'editor',
    refused: true,
  },
  {
    name: 'content manager relations of memberships',
    path: '/content-manager/relations/plugin::cchc.unit-membership/user',
    as: 'editor',
    refused: true,
  },
  {
    name: 'content manager relations of an article author',
    path: `/content-manager/relations/${UIDS.article}/createdBy`,
    as: 'editor',
    refused: true,
  },
  {
    name: 'content manager relations with $or given a value',
    path: `/content-manager/relations/${UIDS.article}/unit?filters[$or]=x`,
    as: 'editor',
    refused: true,
  },
  {
    name: 'content manager clone a subscription as an editor',
    path: `${CM}/plugin::cchc.webhook-subscription/clone/x`,
    method: 'POST',
    as: 'editor',
    json: { url: 'http://127.0.0.1/' },
    refused: true,
  },
  {
    name: 'review of an unknown action',
    path: () => `/cchc/review/${UIDS.article}/${published.documentId}/explode`,
    method: 'POST',
    as: 'editor',
    json: {},
    refused: true,
  },
  {
    name: 'review queue with $or given a value',
    path: '/cchc/review/queue?filters[$or]=x',
    as: 'editor',
    refused: true,
  },
  {
    name: 'rundown sheet of a traversal slug',
    path: '/cchc/stations/..%2f..%2fetc/rundown.html?date=x',
    as: 'editor',
    refused: true,
  },
  { name: 'audit export without a login', path: '/cchc/audit-entries/export.csv', refused: true },
  {
    name: 'report state of an unknown document',
    path: '/cchc/reports/khongtontai0000000000000',
    as: 'editor',
    refused: true,
  },
  {
    name: 'report reminders with a list as campaign',
    path: '/cchc/reports/remind',
    method: 'POST',
    as: 'editor',
    json: { campaign: ['x'] },
    refused: true,
  },

  // uploads
  {
    name: 'upload as Public',
    path: '/api/upload',
    method: 'POST',
    form: () => file('a.png', 'x'),
    refused: true,
  },
  {
    name: 'upload with no file',
    path: '/api/upload',
    method: 'POST',
    as: 'full',
    form: () => new FormData(),
    refused: true,
  },
  {
    name: 'upload with a traversal file name',
    path: '/api/upload',
    method: 'POST',
    as: 'full',
    form: () => file('../../../etc/passwd.png', 'x'),
  },
  {
    name: 'upload with a broken fileInfo',
    path: '/api/upload',
    method: 'POST',
    as: 'full',
    form: () => {
      const form = file('a.png', 'x');
      form.append('fileInfo', '{"name":');
      return form;
    },
    refused: true,
  },
  {
    name: 'upload with a constructor key in fileInfo',
    path: '/api/upload',
    method: 'POST',
    as: 'full',
    form: () => {
      const form = file('a.png', 'x');
      form.append('fileInfo', '{"name":"a","constructor":{"prototype":1}}');
      return form;
    },
    refused: true,
  },
  {
    name: 'upload a script disguised as an image',
    path: '/api/upload',
    method: 'POST',
    as: 'full',
    form: () => file('anh.png', '#!/bin/sh\nrm -rf /\n', 'image/png'),
  },
  {
    name: 'upload replacing a file as an editor that is not there',
    path: '/upload?id=999999',
    method: 'POST',
    as: 'editor',
    form: () => file('a.png', 'x'),
    refused: true,
  },
  {
    name: 'upload file list with $or given a value',
    path: '/api/upload/files?filters[$or]=x',
    as: 'full',
    refused: true,
  },
  {
    name: 'upload file list in the admin with a prototype key',
    path: '/upload/files?filters[toString]=x',
    as: 'editor',
    refused: true,
  },
  {
    name: 'upload file of a traversal id',
    path: '/api/upload/files/..%2f..%2fetc',
    as: 'full',
    refused: true,
  },

  // feeds
  ...(
    [
      ['a limit that is not a number', '/api/feeds/rss.xml?limit=abc'],
      ['a limit of a million', '/api/feeds/atom.xml?limit=1000000'],
      ['a traversal site', '/api/feeds/feed.json?site=../../etc'],
      ['a private type', '/api/feeds/rss.xml?type=unit-report'],
      ['a type list', '/api/feeds/rss.xml?type[0]=article&type[1]=leaflet'],
      ['an unknown parameter', '/api/feeds/atom.xml?debug=1'],
      ['a NUL in a column', '/api/feeds/feed.json?column=a%00b'],
      ['filters', '/api/feeds/rss.xml?filters[$or]=x'],
      ['a calendar of a script site', '/api/trainings/calendar.ics?site=%3Cscript%3E'],
    ] as Array<[string, string]>
  ).map(([name, path]): Hostile => ({ name: `feed with ${name}`, path, refused: true })),

  // the social queue and the reports API
  {
    name: 'queue claim without a token',
    path: '/api/social-queue/claim',
    method: 'POST',
    json: {},
    refused: true,
  },
  {
    name: 'queue claim with a forged token',
    path: '/api/social-queue/claim',
    method: 'POST',
    as: 'forged',
    json: {},
    refused: true,
  },
  {
    name: 'queue claim with a read-only token',
    path: '/api/social-queue/claim',
    method: 'POST',
    as: 'readOnly',
    json: {},
    refused: true,
  },
  ...(
    [
      ['an empty body', {}],
      ['a channel that is a number', { channel: 1 }],
      ['a channel operator', { channel: { $ne: null } }],
      ['max of a thousand', { channel: 'abcdefghij', max: 1000 }],
      ['a list body', []],
      ['an unknown key', { channel: 'abcdefghij', owner: 'me' }],
      ['a constructor key', { channel: 'abcdefghij', constructor: 1 }],
    ] as Array<[string, unknown]>
  ).map(([name, json]): Hostile => ({
    name: `queue claim with ${name}`,
    path: '/api/social-queue/claim',
    method: 'POST',
    as: 'queue',
    json,
    refused: true,
  })),
  {
    name: 'queue claim with invalid UTF-8',
    path: '/api/social-queue/claim',
    method: 'POST',
    as: 'queue',
    raw: invalidUtf8('{"channel":"', '"}'),
    type: 'application/json',
    refused: true,
  },
  {
    name: 'queue ack of an unknown post',
    path: '/api/social-queue/999999/ack',
    method: 'POST',
    as: 'queue',
    json: { status: 'posted' },
    refused: true,
  },
  {
    name: 'queue ack with an unknown status',
    path: '/api/social-queue/1/ack',
    method: 'POST',
    as: 'queue',
    json: { status: 'exploded' },
    refused: true,
  },
  {
    name: 'queue ack of a SQL id',
    path: "/api/social-queue/1'%20OR%201=1/ack",
    method: 'POST',
    as: 'queue',
    json: { status: 'posted' },
    refused: true,
  },
  {
    name: 'queue list with a negative page size',
    path: '/api/social-queue?pageSize=-1',
    as: 'queue',
    refused: true,
  },
  {
    name: 'queue list with a status list',
    path: '/api/social-queue?status[0]=posted',
    as: 'queue',
    refused: true,
  },
  {
    name: 'reports summary without a token',
    path: '/api/reports/summary?campaign=x',
    refused: true,
  },
  {
    name: 'reports summary with a campaign object',
    path: '/api/reports/summary?campaign[$ne]=x',
    as: 'reports',
    refused: true,
  },
  {
    name: 'reports summary without a campaign',
    path: '/api/reports/summary',
    as: 'reports',
    refused: true,
  },
  {
    name: 'reports summary of an unknown campaign',
    path: '/api/reports/summary?campaign=%3Cscript%3E',
    as: 'reports',
    refused: true,
  },
  {
    name: 'reports DOCX with a 200-character period',
    path: `/api/reports/summary.docx?campaign=x&period=${'p'.repeat(200)}`,
    as: 'reports',
    refused: true,
  },
  {
    name: 'reports XLSX with an unknown parameter',
    path: '/api/reports/summary.xlsx?campaign=x&format=csv',
    as: 'reports',
    refused: true,
  },
  {
    name: 'station rundown of a traversal slug',
    path: '/api/stations/..%2f..%2fetc/rundown?date=2022-10-01',
    refused: true,
  },
  {
    name: 'station rundown with a broken date',
    path: '/api/stations/khong-co/rundown?date=31/02/2022',
    refused: true,
  },
];

/** What no answer may contain: stack traces, SQL, private fields, other users' data, secrets. */
const LEAKS: Array<[string, RegExp | (() => string)]> = [
  ['a stack trace', /\n\s+at |\bat [\w.<>]+ \(\/|node_modules/],
  ['SQL', /\bselect [`"\w]|\binsert into\b|SQLITE_|relation "|syntax error at or near/i],
  ['an admin e-mail', /@cchc\.test/],
  ['a password hash', /\$2[aby]\$/],
  [
    'a private field with its value',
    /"(password|resetPasswordToken|registrationToken|confirmationToken)"\s*:/,
  ],
  ['a draft', /Bản nháp riêng tư/],
  ['the webhook secret', () => webhookSecret],
];

const initOf = (c: Hostile): RequestInit => {
  const headers: Record<string, string> = { ...c.headers };
  const token = c.as && c.as !== 'public' ? tokens[c.as] : undefined;
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let body: RequestInit['body'];
  if (c.form) {
    body = c.form();
  } else if (c.raw !== undefined) {
    body = c.raw;
    headers['Content-Type'] = c.type ?? 'application/octet-stream';
  } else if (c.json !== undefined) {
    body = JSON.stringify(c.json);
    headers['Content-Type'] = 'application/json';
  }
  return { method: c.method ?? 'GET', headers, body };
};

const errorMessageOf = (res: RealResponse): unknown =>
  res.json?.error?.message ?? res.json?.errors?.[0]?.message;

test('the table holds at least a hundred distinct requests', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(100);
  expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
});

test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
  const path = typeof c.path === 'function' ? c.path() : c.path;
  const res = await send(base, path, initOf(c));
  expect(res.status).toBeLessThan(500);
  if (c.refused) {
    expect(res.status).toBeGreaterThanOrEqual(400);
  }
  if (res.status >= 400) {
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(typeof errorMessageOf(res)).toBe('string');
    expect(String(errorMessageOf(res)).length).toBeGreaterThan(0);
  }
  for (const [what, pattern] of LEAKS) {
    const leaked =
      typeof pattern === 'function' ? res.text.includes(pattern()) : pattern.test(res.text);
    expect(leaked ? `${what} in the answer` : 'no leak').toBe('no leak');
  }
});

test('an uploaded file name cannot climb out of the uploads folder', async () => {
  const res = await send(
    base,
    '/api/upload',
    initOf({
      name: '',
      path: '',
      method: 'POST',
      as: 'full',
      form: () => file('../../../../tmp/cchc-escape.png', 'x'),
    })
  );
  expect(res.status).toBeLessThan(500);
  for (const stored of Array.isArray(res.json) ? res.json : []) {
    expect(stored.url).not.toContain('..');
    expect(stored.url).toMatch(/^\/uploads\/[^/]+$/);
  }
});
