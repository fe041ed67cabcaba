import { create } from 'xmlbuilder2';
import { rfc3339In, rfc822In } from '../../core/local-time';
import type { Feed } from './feeds';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const GENERATOR = 'CCHC content backend';

/** RSS 2.0, with content:encoded for the HTML, dc:creator for the byline and Media RSS for the cover. */
export const toRss = (feed: Feed, selfUrl: string, timeZone: string): string => {
  const channel = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('rss', {
      version: '2.0',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:media': 'http://search.yahoo.com/mrss/',
    })
    .ele('channel');
  channel.ele('title').txt(feed.title);
  channel.ele('link').txt(feed.homeUrl);
  channel.ele('description').txt(feed.description);
  channel.ele('language').txt('vi');
  channel.ele('lastBuildDate').txt(rfc822In(timeZone, feed.updated));
  channel.ele('generator').txt(GENERATOR);
  channel.ele('atom:link', { href: selfUrl, rel: 'self', type: 'application/rss+xml' });
  for (const item of feed.items) {
    const entry = channel.ele('item');
    entry.ele('title').txt(item.title);
    entry.ele('link').txt(item.url);
    entry.ele('guid', { isPermaLink: 'false' }).txt(item.id);
    entry.ele('pubDate').txt(rfc822In(timeZone, item.published));
    if (item.summary) {
      entry.ele('description').txt(item.summary);
    }
    entry.ele('content:encoded').dat(item.html.replace(/]]>/g, ']]]]><![CDATA[>'));
    if (item.author) {
      entry.ele('dc:creator').txt(item.author);
    }
    for (const category of item.categories) {
      entry.ele('category').txt(category);
    }
    if (item.image) {
      entry.ele('enclosure', {
        url: item.image.url,
        length: String(item.image.bytes),
        type: item.image.mime,
      });
      entry.ele('media:content', { url: item.image.url, type: item.image.mime, medium: 'image' });
    }
  }
  return channel.end({ prettyPrint: true });
};

/** Atom 1.0 (RFC 4287). */
export const toAtom = (feed: Feed, selfUrl: string, timeZone: string): string => {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('feed', {
    xmlns: 'http://www.w3.org/2005/Atom',
    'xml:lang': 'vi',
  });
  root.ele('id').txt(feed.id);
  root.ele('title').txt(feed.title);
  root.ele('subtitle').txt(feed.description);
  root.ele('updated').txt(rfc3339In(timeZone, feed.updated));
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: selfUrl });
  root.ele('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl });
  root.ele('author').ele('name').txt(feed.publisher);
  root.ele('generator').txt(GENERATOR);
  for (const item of feed.items) {
    const entry = root.ele('entry');
    entry.ele('id').txt(item.id);
    entry.ele('title').txt(item.title);
    entry.ele('link', { rel: 'alternate', type: 'text/html', href: item.url });
    entry.ele('published').txt(rfc3339In(timeZone, item.published));
    entry.ele('updated').txt(rfc3339In(timeZone, item.updated));
    if (item.author) {
      entry.ele('author').ele('name').txt(item.author);
    }
    if (item.summary) {
      entry.ele('summary').txt(item.summary);
    }
    entry.ele('content', { type: 'html' }).txt(item.html);
    for (const category of item.categories) {
      entry.ele('category', { term: category });
    }
    if (item.image) {
      entry.ele('link', {
        rel: 'enclosure',
        type: item.image.mime,
        length: String(item.image.bytes),
        href: item.image.url,
      });
    }
  }
  return root.end({ prettyPrint: true });
};

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export const toJsonFeed = (feed: Feed, selfUrl: string, timeZone: string): string =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: selfUrl,
    description: feed.description,
    language: 'vi',
    authors: [{ name: feed.publisher }],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: item.html,
      ...(item.summary && { summary: item.summary }),
      ...(item.image && { image: item.image.url }),
      date_published: rfc3339In(timeZone, item.published),
      date_modified: rfc3339In(timeZone, item.updated),
      ...(item.author && { authors: [{ name: item.author }] }),
      ...(item.categories.length > 0 && { tags: item.categories }),
    })),
  });

export const RENDERERS: Record<
  FeedFormat,
  (feed: Feed, selfUrl: string, timeZone: string) => string
> = { rss: toRss, atom: toAtom, json: toJsonFeed };
