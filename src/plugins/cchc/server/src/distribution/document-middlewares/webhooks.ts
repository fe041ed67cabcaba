import type { UID } from '@strapi/strapi';
import { SUBSCRIPTION_UID } from '../../core/constants';
import { getService } from '../../core/get-service';
import { findCurrentRow } from '../../core/current-row';
import { ownerFieldOf } from '../../core/plugin-config';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

/** Every Document Service action that stores a subscription, whatever route it came from. */
const SUBSCRIPTION_WRITES: string[] = ['create', 'update', 'clone', 'publish'];

const EVENT_OF: Record<string, string> = {
  publish: 'entry.publish',
  unpublish: 'entry.unpublish',
  update: 'entry.update',
};

/**
 * Subscriptions are checked (events, SSRF-safe URL, secret) before they are stored; publish,
 * unpublish and edits of published content of the reviewed types are written to the webhook
 * outbox in the write's transaction.
 */
const webhooksMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const webhooks = getService(strapi, 'webhooks');
  const params = writeParams(ctx);
  if (ctx.uid === SUBSCRIPTION_UID && SUBSCRIPTION_WRITES.includes(ctx.action)) {
    const data = (params.data ??= {});
    await webhooks.prepare(data, ctx.action === 'create');
    if (ctx.action === 'clone' && typeof data.url !== 'string' && params.documentId) {
      // a clone is a new subscription: the target it copies is checked against today's rules
      await webhooks.checkStoredTarget(params.documentId);
    }
    return next();
  }
  const event = EVENT_OF[ctx.action];
  if (!event || !params.documentId || !getService(strapi, 'review').isReviewed(ctx.uid)) {
    return next();
  }
  const uid = ctx.uid as UID.ContentType;
  const documentId = params.documentId;
  return strapi.db.transaction(async () => {
    const result = await next();
    const published = await getService(strapi, 'review').isPublished(uid, documentId);
    if (event === 'entry.update' && !published) {
      return result; // a draft nobody sees yet
    }
    const owner = ownerFieldOf(strapi, uid);
    const row = await findCurrentRow(strapi, uid, documentId, {
      populate: {
        ...(owner && { [owner]: { select: ['documentId', 'name', 'slug', 'itemUrlPattern'] } }),
      },
    });
    if (row) {
      await webhooks.record(event, uid, row);
    }
    return result;
  });
};

export default webhooksMiddleware;
