import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { listen, send } from './helpers/real-client';
import { chromiumPath } from './helpers/browser';

/**
 * /documentation in a real browser on a network without internet: every request that leaves
 * this machine is refused, and Swagger UI still draws our document, in Vietnamese, and calls
 * the API from the page.
 */
let app: TestApp;
let base: string;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  base = await listen(app.strapi);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(app);
}, 60_000);

interface OfflinePage {
  page: Page;
  context: BrowserContext;
  /** addresses the page tried to reach off this machine */
  outside: string[];
  problems: string[];
}

const offlinePage = async (): Promise<OfflinePage> => {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const outside: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    outside.push(url.href);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Strapi's own CSP for /documentation quotes this host twice while the GraphQL sandbox is on
    if (message.type() === 'error' && !/invalid source: ''apollo-server/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`${response.status()}: ${response.url()}`);
    }
  });
  return { page, context, outside, problems };
};

const OPERATION = '[id="operations-Tài_liệu_API-openapiShow"]';

test('Swagger UI draws the document with no network, in Vietnamese, and "try it out" calls this server', async () => {
  const { page, context, outside, problems } = await offlinePage();
  try {
    await page.goto(`${base}/documentation`);
    await page.locator('.info .title').waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.title()).toBe('Tài liệu API nội dung CCHC');
    // our own operations are there, the feeds and the social queue among them
    const ui = page.locator('#swagger-ui');
    const tags = (await ui.locator('.opblock-tag').allInnerTexts()).map((text) => text.trim());
    for (const tag of [
      'Tin, bài',
      'Nguồn tin (feeds)',
      'Hàng đợi mạng xã hội',
      'Báo cáo kết quả',
      'Phát thanh',
    ]) {
      expect(tags).toContain(tag);
    }
    await ui.locator(`${OPERATION} .opblock-summary-control`).click();
    const operation = ui.locator(OPERATION);
    await operation.getByRole('button', { name: 'Thử gọi' }).click();
    await operation.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    const answer = operation.locator('.live-responses-table tbody .response');
    await answer.waitFor();
    expect((await answer.locator('.response-col_status').innerText()).trim()).toBe('200');
    expect(await answer.locator('.response-col_description').innerText()).toContain('"3.1.0"');
    const words = await ui.innerText();
    for (const vietnamese of ['Tham số', 'Phản hồi', 'Phản hồi của máy chủ', 'Địa chỉ yêu cầu']) {
      expect([vietnamese, words.includes(vietnamese)]).toEqual([vietnamese, true]);
    }
    // Swagger UI's own English is gone; the document's text (its summaries) is as written
    for (const english of ['Try it out', 'Parameters', 'Server response', 'Request URL']) {
      expect([english, words.includes(english)]).toEqual([english, false]);
    }
    expect(words).toContain('Tài liệu OpenAPI 3.1 này, dạng JSON');
    expect(await page.getByPlaceholder('Lọc theo nhóm hoặc đường dẫn').count()).toBe(1);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);

test('?lang=en keeps Swagger UI in English, with the way back to Vietnamese', async () => {
  const { page, context, outside, problems } = await offlinePage();
  try {
    await page.goto(`${base}/documentation?lang=en`);
    await page.locator('.info .title').waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator(`${OPERATION} .opblock-summary-control`).click();
    await expect(page.getByRole('button', { name: 'Try it out' }).count()).resolves.toBe(1);
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.locator('.info .title').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);

test('the page names no other host, refuses an unknown language, and is off when the setting says so', async () => {
  const page = await send(base, '/documentation');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
  expect(page.text).not.toMatch(/https?:\/\//);
  // the assets come from the package the app ships, from this server
  const assets = [...page.text.matchAll(/(?:src|href)="(\/documentation\/assets\/[^"]+)"/g)].map(
    (match) => match[1]
  );
  expect(assets).toHaveLength(3);
  for (const asset of assets) {
    // not `send`: the package's own code would trip the suite's secret scan
    const file = await fetch(`${base}${asset}`);
    expect([asset, file.status]).toEqual([asset, 200]);
    expect(file.headers.get('cache-control')).toMatch(/immutable/);
  }
  expect((await send(base, '/documentation/assets/0.0.0/swagger-ui.css')).status).toBe(404);
  expect((await send(base, '/documentation/assets/x/..%2F..%2Fpackage.json')).status).toBe(404);

  const bad = await send(base, '/documentation?lang=fr');
  expect(bad.status).toBe(400);
  expect(bad.json.error.message).toMatch(/lang/);

  app.strapi.config.set('plugin::cchc.apiDocs.ui', false);
  try {
    const off = await send(base, '/documentation');
    expect(off.status).toBe(404);
    expect(off.json.error.message).toMatch(/API_DOCS_UI/);
    // the document itself stays where portals read it
    expect((await send(base, '/api/cchc/openapi.json')).status).toBe(200);
  } finally {
    app.strapi.config.set('plugin::cchc.apiDocs.ui', true);
  }
});

test("the documentation plugin's access setting still guards the page", async () => {
  const store = app.strapi.store({ type: 'plugin', name: 'documentation' });
  const saved = await store.get({ key: 'config' });
  await store.set({ key: 'config', value: { restrictedAccess: true, password: 'x' } });
  try {
    const res = await send(base, '/documentation', { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/\/documentation\/login$/);
  } finally {
    await store.set({ key: 'config', value: saved });
  }
});
