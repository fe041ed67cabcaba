import type { DocumentMiddlewareFactory } from '../../core/document-middleware';
import { getService } from '../../core/get-service';
import { referenceTypes } from '../read-types';

/** Actions that change what is published, whatever their parameters. */
const PUBLISHING = new Set(['publish', 'unpublish', 'delete']);
/** Actions that publish when asked for `status: 'published'`. */
const SAVING = new Set(['create', 'update', 'clone']);

interface WriteParams {
  documentId?: string;
  status?: string;
}

/**
 * Keeps the read model in the transaction of every change to what is published: after a
 * publish, unpublish, delete (or a save that publishes) of a read type, the document's rows
 * are rewritten; a deleted unit, column or topic is dropped from the items that named it.
 */
const readModelSyncMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const readModel = getService(strapi, 'read-model');
  const params = ctx.params as WriteParams;
  if (readModel.typeOf(ctx.uid)) {
    const publishes =
      PUBLISHING.has(ctx.action) || (SAVING.has(ctx.action) && params.status === 'published');
    if (!publishes) {
      return next();
    }
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId =
        ctx.action === 'clone'
          ? (result as { documentId?: string } | null)?.documentId
          : (params.documentId ?? (result as { documentId?: string } | null)?.documentId);
      if (documentId) {
        await readModel.refresh(ctx.uid, [documentId]);
      }
      return result;
    });
  }
  if (ctx.action === 'delete' && params.documentId && referenceTypes(strapi).includes(ctx.uid)) {
    const { documentId } = params;
    return strapi.db.transaction(async () => {
      const rows = (await strapi.db
        .query(ctx.uid)
        .findMany({ where: { documentId }, select: ['id'] })) as Array<{ id: number }>;
      const result = await next();
      await readModel.forgetTargets(
        ctx.uid,
        rows.map((row) => row.id)
      );
      return result;
    });
  }
  return next();
};

export default readModelSyncMiddleware;
