import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { writeParams, type DocumentMiddlewareFactory } from '../document-middleware';
import type { LifecycleEvent } from './events';
import { rowsOf } from '../rows';

const EVENT_OF: Partial<Record<string, LifecycleEvent>> = {
  publish: 'published',
  unpublish: 'unpublished',
  delete: 'deleted',
  update: 'published-edit',
};

/**
 * Emits the lifecycle of the reviewed types' documents (published, unpublished, deleted, edited
 * while on the sites) once per Document Service write, inside its transaction, whatever route
 * or job made it; the subscribers are listed in `features.ts`.
 */
const lifecycleMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const event = EVENT_OF[ctx.action];
  const { documentId } = writeParams(ctx);
  if (!event || !documentId || !pluginConfig(strapi).review.types.includes(ctx.uid)) {
    return next();
  }
  const uid = ctx.uid;
  return strapi.db.transaction(async () => {
    const result = await next();
    if (event === 'published-edit') {
      const published = await rowsOf(strapi, uid).count({
        where: { documentId, publishedAt: { $notNull: true } },
      });
      if (published === 0) {
        return result; // a draft nobody sees yet
      }
    }
    await getService(strapi, 'lifecycle').emit(event, { uid, documentId });
    return result;
  });
};

export default lifecycleMiddleware;
