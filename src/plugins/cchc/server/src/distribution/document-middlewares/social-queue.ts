import type { UID } from '@strapi/strapi';
import { reviewedTypeNameOf } from '../../core/reviewed-types';
import { getService } from '../../core/get-service';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

/**
 * Publishing content marked for social media queues its posts, in the publish's transaction
 * (so a scheduled publish queues them exactly once too); unpublishing or deleting it cancels
 * what is not posted yet.
 */
const socialQueueMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const social = getService(strapi, 'social-queue');
  const type = reviewedTypeNameOf(strapi, ctx.uid);
  if (
    !type ||
    !['publish', 'unpublish', 'delete'].includes(ctx.action) ||
    !social.isSocial(ctx.uid)
  ) {
    return next();
  }
  const { documentId } = writeParams(ctx);
  return strapi.db.transaction(async () => {
    const result = await next();
    if (documentId) {
      if (ctx.action === 'publish') {
        await social.enqueue(ctx.uid as UID.ContentType, documentId, type);
      } else {
        await social.cancel(ctx.uid, documentId);
      }
    }
    return result;
  });
};

export default socialQueueMiddleware;
