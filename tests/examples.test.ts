import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { UIDS } from '../src/constants';
import { runSeed } from '../src/seed';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken } from './helpers/http';
import { listen, send } from './helpers/real-client';
import { approve, connect, makeArticle, type Doc } from './helpers/fixtures';

/**
 * The README's two examples, run as their users run them (`node src/main.ts`, Node's own fetch)
 * against the app on the demo data: a commune front page typed from docs/schema.graphql, and a
 * posting script typed from docs/openapi.json that posts to a page API on loopback.
 */
const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const PORTAL = path.join(ROOT, 'examples', 'portal');
const POSTER = path.join(ROOT, 'examples', 'social-poster');

let app: TestApp;
let base: string;

/** The examples are TypeScript run by Node itself (type stripping, Node 22.18 and newer). */
const nodeForExamples = () => {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 18)) {
    throw new Error(`The examples run on Node 22.18 or newer; this is ${process.version}.`);
  }
  return process.execPath;
};

const runExample = (dir: string, env: Record<string, string>) =>
  run(nodeForExamples(), ['src/main.ts'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 60_000,
  });

beforeAll(async () => {
  app = await startApp();
  base = await listen(app.strapi);
  await runSeed(app.strapi);
}, 240_000);

afterAll(() => stopApp(app), 60_000);

test('the examples’ generated types are those of the committed schema and document', async () => {
  const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
  // both tools exit non-zero when what they would write differs from the committed file
  await expect(
    run(process.execPath, [bin('graphql-codegen'), '--check'], { cwd: PORTAL })
  ).resolves.toBeTruthy();
  await expect(
    run(
      process.execPath,
      [
        bin('openapi-typescript'),
        '../../docs/openapi.json',
        '-o',
        'src/generated/api.ts',
        '--check',
      ],
      { cwd: POSTER }
    )
  ).resolves.toBeTruthy();
}, 120_000);

test('the examples pin the versions the app is tested with', () => {
  const versions = (file: string) => {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { ...json.dependencies, ...json.devDependencies } as Record<string, string>;
  };
  const root = versions(path.join(ROOT, 'package.json'));
  for (const dir of [PORTAL, POSTER]) {
    for (const [name, version] of Object.entries(versions(path.join(dir, 'package.json')))) {
      expect([path.basename(dir), name, version]).toEqual([path.basename(dir), name, root[name]]);
    }
  }
});

const titlesIn = (html: string, section: string) => {
  const part = html.split(`<section id="${section}">`)[1]?.split('</section>')[0] ?? '';
  return [...part.matchAll(/<h3><a [^>]*>([^<]*)<\/a><\/h3>/g)].map((m) => m[1]);
};

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('the portal example builds Sơn Tây’s front page: newest items, a column, a search', async () => {
  const { stdout } = await runExample(PORTAL, {
    CCHC_URL: base,
    SITE: 'xa-son-tay',
    COLUMN: 'cai-cach-hanh-chinh',
    Q: 'dich vu cong',
  });
  const unit = (await send(base, '/api/units?filters[slug][$eq]=xa-son-tay')).json.data[0];
  expect(stdout).toContain(`<h1>${unit.name}</h1>`);

  const newest = await send(
    base,
    '/api/articles?site=xa-son-tay&sort=publishedAt:desc&pagination[pageSize]=10&fields[0]=title'
  );
  const expected = newest.json.data.map((a: { title: string }) => a.title);
  expect(expected.length).toBeGreaterThan(1);
  expect(titlesIn(stdout, 'moi-nhat').map(decode)).toEqual(expected);

  const column = await send(
    base,
    '/api/articles?site=xa-son-tay&filters[column][slug][$eq]=cai-cach-hanh-chinh&sort=publishedAt:desc&fields[0]=title'
  );
  expect(column.json.meta.pagination.total).toBeGreaterThan(0);
  expect(titlesIn(stdout, 'chuyen-muc').map(decode)).toEqual(
    column.json.data.map((a: { title: string }) => a.title)
  );
  expect(stdout).toContain(`(${column.json.meta.pagination.total} bài, trang 1/`);

  const search = await send(base, '/api/search?q=dich%20vu%20cong&site=xa-son-tay');
  expect(search.json.meta.pagination.total).toBeGreaterThan(0);
  expect(stdout).toContain(`(${search.json.meta.pagination.total})</h2>`);
  expect(stdout).toMatch(/<mark>/);
}, 120_000);

test('the portal example says so when the site does not exist', async () => {
  await expect(
    runExample(PORTAL, { CCHC_URL: base, SITE: 'xa-khong-co', COLUMN: 'cai-cach-hanh-chinh' })
  ).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/xa-khong-co/) });
}, 60_000);

interface PagePost {
  message: string;
  link: string | null;
  picture: string | null;
  authorization?: string;
}

/** A page's posting API on loopback: the second post it gets is refused, as a busy page would. */
const startPageApi = async () => {
  const received: PagePost[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method !== 'POST' || req.url !== '/v1/trang-son-tay/feed') {
        res.writeHead(404).end('{}');
        return;
      }
      received.push({ ...JSON.parse(body), authorization: req.headers.authorization });
      if (received.length === 2) {
        res.writeHead(503).end(JSON.stringify({ error: { message: 'Trang đang bận' } }));
        return;
      }
      res.writeHead(200).end(JSON.stringify({ id: `page_${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/trang-son-tay`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
};

test('the social poster example claims, posts to the page, and acks each post', async () => {
  const strapi = app.strapi;
  const unit = (await strapi.db.query(UIDS.unit).findOne({ where: { slug: 'xa-son-tay' } })) as Doc;
  const channel = (await strapi.documents(UIDS.socialChannel).create({
    data: { name: 'Trang Sơn Tây', platform: 'facebook', unit: connect(unit), active: true },
  } as never)) as Doc;
  const articles: Doc[] = [];
  for (const title of ['Hướng dẫn nộp hồ sơ trực tuyến', 'Lịch tiếp dân tháng 12']) {
    const article = await makeArticle(strapi, {
      title,
      unit: connect(unit),
      channels: { portal: true, communeSite: true, social: true, newsletter: false },
      socialPost: { text: `${title}: bà con xem chi tiết tại trang xã.`, hashtags: '#CCHC' },
    });
    await approve(strapi, UIDS.article, article.documentId);
    await strapi.documents(UIDS.article).publish({ documentId: article.documentId } as never);
    articles.push(article);
  }
  const token = await createApiToken(strapi, 'custom', `poster-${Date.now()}`, [
    'plugin::cchc.social-queue.claim',
    'plugin::cchc.social-queue.ack',
  ]);
  const page = await startPageApi();
  const env = {
    CCHC_URL: base,
    CCHC_TOKEN: token,
    CHANNEL: channel.documentId,
    PAGE_API_URL: page.url,
    PAGE_TOKEN: 'page-secret',
  };
  try {
    const first = JSON.parse((await runExample(POSTER, env)).stdout);
    expect(first.posted).toHaveLength(1);
    expect(first.failed).toEqual([
      { documentId: expect.any(String), error: 'page answered 503: Trang đang bận' },
    ]);
    expect(first.notRecorded).toEqual([]);
    expect(page.received).toHaveLength(2);
    for (const sent of page.received) {
      expect(sent.authorization).toBe('Bearer page-secret');
      expect(sent.message).toMatch(/bà con xem chi tiết tại trang xã\.\n\n#CCHC$/);
      expect(sent.link).toMatch(/^https?:\/\//);
    }

    const rows = (await strapi.db.query('plugin::cchc.social-post').findMany({
      where: { targetDocumentId: { $in: articles.map((a) => a.documentId) } },
    })) as Array<{
      documentId: string;
      status: string;
      externalId: string | null;
      lastError: string | null;
    }>;
    const posted = rows.find((row) => row.documentId === first.posted[0].documentId);
    expect(posted).toMatchObject({ status: 'posted', externalId: 'page_1' });
    const failed = rows.find((row) => row.documentId === first.failed[0].documentId);
    // back in the queue for a later round, with the page's answer kept
    expect(failed).toMatchObject({
      status: 'pending',
      lastError: 'page answered 503: Trang đang bận',
    });

    // the next round: nothing due (posted is never sent again, the failed one waits its backoff)
    const second = JSON.parse((await runExample(POSTER, env)).stdout);
    expect(second).toEqual({ posted: [], failed: [], notRecorded: [] });
    expect(page.received).toHaveLength(2);

    // a token the queue does not know: the script stops with the queue's own message
    await expect(runExample(POSTER, { ...env, CCHC_TOKEN: 'not-a-token' })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^claim refused \(401\): /),
    });
  } finally {
    await page.close();
  }
}, 180_000);
