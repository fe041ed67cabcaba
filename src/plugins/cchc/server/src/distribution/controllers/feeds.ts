import type { Core } from '@strapi/strapi';
import { isFresh } from '../../public-reads/response-cache/freshness';
import { canonicalJson } from '../../core/canonical-json';
import { COMMON_SCOPE } from '../../public-reads/services/content-version';
import { CONTENT_TYPES, RENDERERS, type FeedFormat } from '../services/feed-formats';
import { getService } from '../../core/get-service';
import { pluginConfig } from '../../core/plugin-config';
import { TRAINING_UID } from '../../core/constants';
import { type HttpContext } from '../../core/http/context';

interface Validators {
  etag: string;
  lastModified: Date;
}

/**
 * Sets the validators; true when the client's copy is current and a 304 has been answered,
 * also when the request says `Cache-Control: no-cache` (as Node's fetch always does).
 */
const answeredNotModified = (
  ctx: HttpContext,
  { etag, lastModified }: Validators,
  maxAge: number
) => {
  ctx.set('ETag', etag);
  ctx.set('Last-Modified', lastModified.toUTCString());
  ctx.set('Cache-Control', `public, max-age=${maxAge}`);
  if (isFresh(ctx.headers, etag, lastModified)) {
    ctx.status = 304;
    return true;
  }
  ctx.status = 200;
  return false;
};

/**
 * GET /api/feeds/rss.xml | atom.xml | feed.json and the training calendar: validated from the
 * content version (one indexed read, whatever the size of the tables); rendered answers are kept
 * by the shared response cache.
 */
const feedsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const validators = (uid: string, variant: string) =>
    getService(strapi, 'content-version').validators([uid, COMMON_SCOPE], variant);

  const serve = (format: FeedFormat) => async (ctx: HttpContext) => {
    const feeds = getService(strapi, 'feeds');
    const query = feeds.parse(ctx.query);
    const baseUrl = strapi.config.get<string>('server.url') || ctx.origin;
    const selfUrl = `${baseUrl.replace(/\/$/, '')}${ctx.originalUrl}`;
    const version = await validators(
      feeds.uidOf(query),
      `${format} ${selfUrl} ${canonicalJson(query)}`
    );
    if (answeredNotModified(ctx, version, 60)) {
      return;
    }
    const feed = await feeds.build(query, baseUrl);
    feed.updated = version.lastModified;
    ctx.type = CONTENT_TYPES[format];
    ctx.body = RENDERERS[format](feed, selfUrl, pluginConfig(strapi).timeZone);
  };
  return {
    rss: serve('rss'),
    atom: serve('atom'),
    json: serve('json'),

    /** GET /api/trainings/calendar.ics?site= */
    async calendar(ctx: HttpContext) {
      const calendar = getService(strapi, 'calendar');
      const { site } = calendar.parse(ctx.query);
      const version = await validators(TRAINING_UID, `ics ${site ?? ''}`);
      if (answeredNotModified(ctx, version, 300)) {
        return;
      }
      ctx.type = 'text/calendar; charset=utf-8';
      ctx.body = await calendar.build(site);
    },
  };
};

export default feedsController;
