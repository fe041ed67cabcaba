import type { DocumentMiddlewareFactory } from '../../core/document-middleware';
import { getService } from '../../core/get-service';
import { rowsOf } from '../../core/rows';
import { referenceTypes } from '../read-types';

/**
 * A deleted unit, column or topic is dropped from the read model's items that named it, in the
 * delete's transaction. (Publishing, unpublishing and deleting a read type's document reach the
 * read model as lifecycle events: `public-reads/subscribers.ts`.)
 */
const readModelSyncMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const { documentId } = ctx.params as { documentId?: string };
  if (ctx.action !== 'delete' || !documentId || !referenceTypes(strapi).includes(ctx.uid)) {
    return next();
  }
  return strapi.db.transaction(async () => {
    const rows = await rowsOf<{ id: number }>(strapi, ctx.uid).findMany({
      where: { documentId },
      select: ['id'],
    });
    const result = await next();
    await getService(strapi, 'read-model').forgetTargets(
      ctx.uid,
      rows.map((row) => row.id)
    );
    return result;
  });
};

export default readModelSyncMiddleware;
