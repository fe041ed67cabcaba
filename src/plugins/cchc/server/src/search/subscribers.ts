import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { subscriber, type AnySubscriber } from '../core/lifecycle/events';

const refresh =
  (strapi: Core.Strapi) =>
  ({ uid, documentId }: { uid: string; documentId: string }) =>
    getService(strapi, 'search-index').refresh(uid, [documentId]);

/** The search index changes in the same transaction as what the sites show. */
export const searchSubscribers = (strapi: Core.Strapi): AnySubscriber[] => [
  subscriber('published', 'search: index the document', refresh(strapi)),
  subscriber('unpublished', 'search: index the document', refresh(strapi)),
  subscriber('deleted', 'search: index the document', refresh(strapi)),
];
