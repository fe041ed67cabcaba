import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { subscriber, type AnySubscriber } from '../core/lifecycle/events';
import { hasAirtime } from './document-middlewares/airtime';
import type { DocumentPanel } from '../core/document-panels';

/** Radio: a published script whose text changed gets its spoken audio made in the background. */
export const radioSubscribers = (strapi: Core.Strapi): AnySubscriber[] => [
  subscriber('published', 'speech: queue the spoken audio', async ({ uid, documentId }) => {
    if (hasAirtime(strapi.contentType(uid))) {
      await getService(strapi, 'speech').enqueue(uid, documentId);
    }
  }),
];

/** Beside a script's review state: the making of its spoken audio. */
export const radioPanels = (strapi: Core.Strapi): DocumentPanel[] => [
  {
    key: 'speechJobs',
    read: (uid, documentId) => getService(strapi, 'speech').jobsOf(uid, documentId),
  },
];
