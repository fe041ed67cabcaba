import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { subscriber, type AnySubscriber } from '../core/lifecycle/events';

const refresh =
  (strapi: Core.Strapi) =>
  async ({ uid, documentId }: { uid: string; documentId: string }) => {
    const readModel = getService(strapi, 'read-model');
    if (readModel.typeOf(uid)) {
      await readModel.refresh(uid, [documentId]);
    }
  };

/**
 * The read model changes in the transaction of the change to what is published, so a public
 * answer never shows a row the sites no longer have (and the content version moves with it).
 */
export const publicReadsSubscribers = (strapi: Core.Strapi): AnySubscriber[] => [
  subscriber('published', 'read model: rewrite the document', refresh(strapi)),
  subscriber('unpublished', 'read model: rewrite the document', refresh(strapi)),
  subscriber('deleted', 'read model: rewrite the document', refresh(strapi)),
];
