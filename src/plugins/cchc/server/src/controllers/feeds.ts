import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, RENDERERS, type FeedFormat } from '../services/feed-formats';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';

interface FeedContext {
  query: Record<string, unknown>;
  origin: string;
  originalUrl: string;
  status: number;
  fresh: boolean;
  body: unknown;
  type: string;
  set(header: string, value: string): void;
}

/** Rendered feeds by ETag: the ETag already names the query, the format and the content's state. */
const CACHE_ENTRIES = 200;
const cache = new Map<string, string>();

const remember = (etag: string, body: string) => {
  cache.set(etag, body);
  if (cache.size > CACHE_ENTRIES) {
    cache.delete(cache.keys().next().value as string);
  }
};

/**
 * GET /api/feeds/rss.xml | atom.xml | feed.json: conditional (ETag, Last-Modified, 304) and
 * cached until the content behind the feed changes.
 */
/** Sets the validators; true when the client's copy is current and a 304 has been answered. */
const answeredNotModified = (
  ctx: FeedContext,
  { etag, lastModified }: { etag: string; lastModified: Date },
  maxAge: number
) => {
  ctx.set('ETag', etag);
  ctx.set('Last-Modified', lastModified.toUTCString());
  ctx.set('Cache-Control', `public, max-age=${maxAge}`);
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return true;
  }
  return false;
};

const feedsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const serve = (format: FeedFormat) => async (ctx: FeedContext) => {
    const feeds = getService(strapi, 'feeds');
    const query = feeds.parse(ctx.query);
    const baseUrl = (strapi.config.get('server.url') as string) || ctx.origin;
    const selfUrl = `${baseUrl.replace(/\/$/, '')}${ctx.originalUrl}`;
    const version = await feeds.version(query, `${format} ${selfUrl}`);
    const { etag, lastModified } = version;
    if (answeredNotModified(ctx, version, 60)) {
      return;
    }
    let body = cache.get(etag);
    if (!body) {
      const feed = await feeds.build(query, baseUrl);
      feed.updated = lastModified;
      body = RENDERERS[format](feed, selfUrl, pluginConfig(strapi).timeZone);
      remember(etag, body);
    }
    ctx.type = CONTENT_TYPES[format];
    ctx.body = body;
  };
  return {
    rss: serve('rss'),
    atom: serve('atom'),
    json: serve('json'),

    /** GET /api/trainings/calendar.ics?site= */
    async calendar(ctx: FeedContext) {
      const calendar = getService(strapi, 'calendar');
      const { site } = calendar.parse(ctx.query);
      const version = await getService(strapi, 'feeds').version(
        { type: 'training', site, limit: 0 },
        'ics'
      );
      if (answeredNotModified(ctx, version, 300)) {
        return;
      }
      const { etag } = version;
      ctx.type = 'text/calendar; charset=utf-8';
      ctx.body = cache.get(etag) ?? (await calendar.build(site));
      remember(etag, ctx.body as string);
    },
  };
};

export default feedsController;
