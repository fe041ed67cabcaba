import { SUBSCRIPTION_UID } from '../../core/constants';
import { getService } from '../../core/get-service';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

/** Every Document Service action that stores a subscription, whatever route it came from. */
const SUBSCRIPTION_WRITES: string[] = ['create', 'update', 'clone', 'publish'];

/**
 * Subscriptions are checked (events, SSRF-safe URL, secret) before they are stored, whatever
 * route stores them. What is delivered to them is in `distribution/subscribers.ts`.
 */
const webhooksMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (ctx.uid !== SUBSCRIPTION_UID || !SUBSCRIPTION_WRITES.includes(ctx.action)) {
    return next();
  }
  const webhooks = getService(strapi, 'webhooks');
  const params = writeParams(ctx);
  const data = (params.data ??= {});
  await webhooks.prepare(data, ctx.action === 'create');
  if (ctx.action === 'clone' && typeof data.url !== 'string' && params.documentId) {
    // a clone is a new subscription: the target it copies is checked against today's rules
    await webhooks.checkStoredTarget(params.documentId);
  }
  return next();
};

export default webhooksMiddleware;
