import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import {
  approve,
  connect,
  makeArticle,
  makeBroadcastScript,
  makeColumn,
  makeImage,
  makeLeaflet,
  makeTopic,
  makeTraining,
  type Doc,
} from './helpers/fixtures';
import { makeDistrictTree } from './helpers/units';

// a fixed public address, as in production: feeds carry absolute links to themselves
process.env.PUBLIC_URL = 'https://cchc.example.vn';

type Item = Parser.Item & {
  id?: string;
  'content:encoded'?: string;
  'media:content'?: { $: { url: string; type: string; medium: string } };
  enclosure?: { url: string; length?: string; type?: string };
};
const parser = new Parser<Record<string, unknown>, Item>({
  customFields: { item: ['content:encoded', 'media:content'], feed: ['language', 'lastBuildDate'] },
});

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let column: Doc;
let topic: Doc;
let tricky: Doc;
let shared: Doc;
let sibling: Doc;
let draft: Doc;
const TRICKY_TITLE = 'Thủ tục "một cửa" & <liên thông> ở xã';

const get = (url: string, headers: Record<string, string> = {}) => {
  let req = http(app.strapi).get(url);
  for (const [name, value] of Object.entries(headers)) {
    req = req.set(name, value);
  }
  return req;
};
const publish = async (uid: typeof UIDS.article, documentId: string) => {
  await approve(app.strapi, uid, documentId);
  await app.strapi.documents(uid).publish({ documentId } as never);
};
const later = () => new Promise((resolve) => setTimeout(resolve, 1100)); // Last-Modified has seconds

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  await app.strapi.documents(UIDS.unit).update({
    documentId: tree.A.documentId,
    data: { itemUrlPattern: 'https://xa-a.example.vn/{type}/{slug}' },
  } as never);
  column = await makeColumn(app.strapi, { name: 'Cải cách hành chính' });
  topic = await makeTopic(app.strapi, { name: 'Dịch vụ công trực tuyến' });
  const cover = await makeImage(app.strapi);
  shared = await makeArticle(
    app.strapi,
    {
      title: 'Huyện hướng dẫn nộp hồ sơ trực tuyến',
      unit: connect(tree.D),
      sharedWithSubunits: true,
    },
    true
  );
  sibling = await makeArticle(app.strapi, { title: 'Tin xã B', unit: connect(tree.B) }, true);
  await later();
  tricky = await makeArticle(
    app.strapi,
    {
      title: TRICKY_TITLE,
      unit: connect(tree.A),
      byline: 'Nguyễn Thị Hà',
      summary: 'Tóm tắt có ký tự & và <thẻ>.',
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'text', text: 'Nội dung <script>alert(1)</script> & hết.' }],
        },
      ],
      column: connect(column),
      topics: connect(topic),
      cover: cover.id,
    },
    true
  );
  draft = await makeArticle(app.strapi, { title: 'Bản nháp không lên RSS', unit: connect(tree.A) });
}, 120000);
afterAll(() => stopApp(app));

const siteSlug = async () =>
  (await app.strapi.documents(UIDS.unit).findOne({ documentId: tree.A.documentId }))!
    .slug as string;

describe('RSS 2.0', () => {
  test('a site’s feed: its items and what the district shared, newest first, parsed by rss-parser', async () => {
    const res = await get(`/api/feeds/rss.xml?site=${await siteSlug()}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const feed = await parser.parseString(res.text);
    expect(feed.language).toBe('vi');
    expect(feed.lastBuildDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
    expect(res.text).toContain(
      `<atom:link href="https://cchc.example.vn/api/feeds/rss.xml?site=${await siteSlug()}"`
    );
    expect(res.text).toContain('rel="self" type="application/rss+xml"');
    expect(feed.title).toContain(tree.A.name as string);
    const guids = feed.items.map((item) => item.guid);
    expect(guids).toEqual([
      `urn:cchc:article:${tricky.documentId}`,
      `urn:cchc:article:${shared.documentId}`,
    ]);
    expect(guids).not.toContain(`urn:cchc:article:${sibling.documentId}`);
    expect(guids).not.toContain(`urn:cchc:article:${draft.documentId}`);

    const [item] = feed.items;
    expect(item.title).toBe(TRICKY_TITLE);
    expect(item.pubDate).toMatch(/\+0700$/);
    expect(Date.parse(item.isoDate!)).toBeGreaterThan(Date.parse(feed.items[1].isoDate!));
    expect(item.link).toBe(`https://xa-a.example.vn/article/${tricky.slug}`);
    expect(item.creator).toBe('Nguyễn Thị Hà');
    expect(item.categories).toEqual(['Cải cách hành chính', 'Dịch vụ công trực tuyến']);
    expect(item.content).toBe('Tóm tắt có ký tự & và <thẻ>.');
    expect(res.text).toContain('<description>Tóm tắt có ký tự &amp; và &lt;thẻ&gt;.</description>');
    expect(item['content:encoded']).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; hết.');
    expect(item['content:encoded']).not.toContain('<script>');
    expect(item.enclosure).toMatchObject({ type: 'image/png' });
    expect(item.enclosure!.url).toMatch(/^https:\/\/cchc\.example\.vn\/uploads\/.+\.png$/);
    expect(Number(item.enclosure!.length)).toBeGreaterThan(0);
    expect(item['media:content']!.$).toMatchObject({ url: item.enclosure!.url, medium: 'image' });
  });

  test('the guid stays when the article is edited and published again', async () => {
    const before = await parser.parseString((await get('/api/feeds/rss.xml')).text);
    const guid = before.items.find((i) => i.title === TRICKY_TITLE)!.guid;
    await app.strapi.documents(UIDS.article).update({
      documentId: tricky.documentId,
      data: { summary: 'Tóm tắt đã sửa.' },
    } as never);
    await publish(UIDS.article, tricky.documentId);
    const after = await parser.parseString((await get('/api/feeds/rss.xml')).text);
    expect(after.items.find((i) => i.title === TRICKY_TITLE)!.guid).toBe(guid);
  });

  test('items without a pattern on their unit link through the configured default', async () => {
    const feed = await parser.parseString((await get('/api/feeds/rss.xml')).text);
    const item = feed.items.find((i) => i.guid === `urn:cchc:article:${sibling.documentId}`)!;
    expect(item.link).toBe(`https://cchc.example.vn/article/${sibling.slug}`);
  });

  test('column and topic filters; limit', async () => {
    const byColumn = await parser.parseString(
      (await get(`/api/feeds/rss.xml?column=${column.slug}`)).text
    );
    expect(byColumn.items.map((i) => i.title)).toEqual([TRICKY_TITLE]);
    const byTopic = await parser.parseString(
      (await get(`/api/feeds/rss.xml?topic=${topic.slug}`)).text
    );
    expect(byTopic.items.map((i) => i.title)).toEqual([TRICKY_TITLE]);
    const one = await parser.parseString((await get('/api/feeds/rss.xml?limit=1')).text);
    expect(one.items).toHaveLength(1);
  });
});

describe('Atom 1.0 and JSON Feed 1.1', () => {
  test('Atom: ids, RFC 3339 times with +07:00, self link, enclosure, author', async () => {
    const res = await get(`/api/feeds/atom.xml?site=${await siteSlug()}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = await parser.parseString(res.text);
    expect(feed.items[0].id).toBe(`urn:cchc:article:${tricky.documentId}`);
    expect(feed.items[0].title).toBe(TRICKY_TITLE);
    expect(feed.items[0].link).toBe(`https://xa-a.example.vn/article/${tricky.slug}`);
    expect(res.text).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/updated>/);
    expect(res.text).toMatch(/<published>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/published>/);
    expect(res.text).toContain('<link rel="self" type="application/atom+xml"');
    expect(res.text).toContain('rel="enclosure" type="image/png"');
    expect(res.text).toContain('<name>Nguyễn Thị Hà</name>');
  });

  test('JSON Feed: the spec’s required and used fields', async () => {
    const res = await get(`/api/feeds/feed.json?site=${await siteSlug()}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(res.text);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe(
      `https://cchc.example.vn/api/feeds/feed.json?site=${await siteSlug()}`
    );
    expect(feed.language).toBe('vi');
    expect(Array.isArray(feed.items)).toBe(true);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html).toBe('string');
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    }
    const [first] = feed.items;
    expect(first).toMatchObject({
      id: `urn:cchc:article:${tricky.documentId}`,
      url: `https://xa-a.example.vn/article/${tricky.slug}`,
      title: TRICKY_TITLE,
      authors: [{ name: 'Nguyễn Thị Hà' }],
      tags: ['Cải cách hành chính', 'Dịch vụ công trực tuyến'],
    });
    expect(first.image).toMatch(/^https:\/\/cchc\.example\.vn\/uploads\/.+\.png$/);
  });

  test.each([
    ['leaflet', makeLeaflet, UIDS.leaflet],
    ['training', makeTraining, UIDS.training],
    ['broadcast-script', makeBroadcastScript, UIDS.broadcastScript],
  ] as const)('type=%s carries that type', async (type, make, uid) => {
    const doc = await make(app.strapi, { title: `Mục ${type} & khác`, unit: connect(tree.A) });
    await publish(uid as typeof UIDS.article, doc.documentId);
    for (const file of ['rss.xml', 'atom.xml']) {
      const feed = await parser.parseString((await get(`/api/feeds/${file}?type=${type}`)).text);
      expect(feed.items.map((i) => i.title)).toContain(`Mục ${type} & khác`);
    }
    const json = JSON.parse((await get(`/api/feeds/feed.json?type=${type}`)).text);
    expect(json.items[0].id).toBe(`urn:cchc:${type}:${doc.documentId}`);
  });
});

describe('caching and conditional requests', () => {
  // a published script's spoken audio lands later as a new media file, which rightly changes
  // every feed's validators: let it land before comparing them
  beforeAll(async () => {
    const deadline = Date.now() + 90000;
    const busy = () =>
      app.strapi.db.query('plugin::cchc.speech-job').count({
        where: {
          $or: [{ status: 'running' }, { status: 'pending', nextAttemptAt: { $null: true } }],
        },
      });
    while ((await busy()) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 100000);

  test('ETag and Last-Modified; 304 on a match; a publish or an unpublish changes the feed', async () => {
    const url = '/api/feeds/rss.xml';
    const first = await get(url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers['last-modified']).toBeDefined();
    expect((await get(url, { 'If-None-Match': etag })).status).toBe(304);
    expect(
      (await get(url, { 'If-Modified-Since': first.headers['last-modified'] as string })).status
    ).toBe(304);
    expect((await get('/api/feeds/atom.xml', { 'If-None-Match': etag })).status).toBe(200);

    await later();
    const fresh = await makeArticle(app.strapi, { title: 'Tin mới đăng', unit: connect(tree.A) });
    await publish(UIDS.article, fresh.documentId);
    const changed = await get(url, { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect((await parser.parseString(changed.text)).items[0].title).toBe('Tin mới đăng');

    await app.strapi.documents(UIDS.article).unpublish({ documentId: fresh.documentId } as never);
    const gone = await get(url, { 'If-None-Match': changed.headers.etag as string });
    expect(gone.status).toBe(200);
    expect((await parser.parseString(gone.text)).items.map((i) => i.title)).not.toContain(
      'Tin mới đăng'
    );
  });

  test('saving a draft of a published item does not change the feed', async () => {
    const url = '/api/feeds/rss.xml';
    const etag = (await get(url)).headers.etag as string;
    await app.strapi.documents(UIDS.article).update({
      documentId: shared.documentId,
      data: { title: 'Bản nháp sửa tiêu đề' },
    } as never);
    expect((await get(url, { 'If-None-Match': etag })).status).toBe(304);
  });
});

describe('bad requests get 400 with a message; drafts never appear', () => {
  test.each([
    ['status=draft', 'status'],
    ['publicationState=preview', 'publicationState'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=nhieu', 'limit'],
    ['type=unit-report', 'type'],
    ['site=Xa%20A', 'site'],
    ['site=khong-co-don-vi-nay', 'khong-co-don-vi-nay'],
    ['column=khong-co', 'khong-co'],
    ['type=training&column=cai-cach', 'column'],
  ])('?%s', async (query, mentioned) => {
    const res = await get(`/api/feeds/rss.xml?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(mentioned);
  });
});

describe('training calendar (iCalendar)', () => {
  test('one event per published training of the site, in Vietnamese time, read back by ical.js', async () => {
    const ownTraining = await makeTraining(app.strapi, {
      title: 'Hội nghị tập huấn "một cửa" & dịch vụ công',
      unit: connect(tree.A),
      startsAt: '2026-12-05T01:30:00.000Z',
      endsAt: '2026-12-05T04:00:00.000Z',
      location: 'Hội trường UBND xã A',
      description: 'Tập huấn cho cán bộ bộ phận một cửa.',
    });
    await publish(UIDS.training as typeof UIDS.article, ownTraining.documentId);
    const otherCommune = await makeTraining(app.strapi, {
      title: 'Tập huấn xã B',
      unit: connect(tree.B),
    });
    await publish(UIDS.training as typeof UIDS.article, otherCommune.documentId);
    await makeTraining(app.strapi, { title: 'Tập huấn còn nháp', unit: connect(tree.A) });

    const res = await get(`/api/trainings/calendar.ics?site=${await siteSlug()}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const titles = events.map((e) => e.summary);
    expect(titles).toContain('Hội nghị tập huấn "một cửa" & dịch vụ công');
    expect(titles).not.toContain('Tập huấn xã B');
    expect(titles).not.toContain('Tập huấn còn nháp');
    const event = events.find((e) => e.summary.startsWith('Hội nghị tập huấn'))!;
    expect(event.uid).toBe(`training-${ownTraining.documentId}@cchc`);
    expect(event.location).toBe('Hội trường UBND xã A');
    expect(event.description).toContain('Tập huấn cho cán bộ bộ phận một cửa.');
    expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(
      'Asia/Ho_Chi_Minh'
    );
    expect(event.startDate.toString()).toBe('2026-12-05T08:30:00');
    expect(event.endDate.toString()).toBe('2026-12-05T11:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-05T01:30:00.000Z');
    expect(event.component.getFirstPropertyValue('url')).toBe(
      `https://xa-a.example.vn/training/${ownTraining.slug}`
    );

    const etag = res.headers.etag as string;
    expect(
      (await get(`/api/trainings/calendar.ics?site=${await siteSlug()}`, { 'If-None-Match': etag }))
        .status
    ).toBe(304);
    expect((await get('/api/trainings/calendar.ics?site=khong-co')).status).toBe(400);
    expect((await get('/api/trainings/calendar.ics?status=draft')).status).toBe(400);
    // the core route beside it still answers
    expect((await get(`/api/trainings/${ownTraining.documentId}`)).status).toBe(200);
  });
});
