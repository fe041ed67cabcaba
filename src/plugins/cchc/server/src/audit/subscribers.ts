import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { REVIEW_FIELDS } from '../core/constants';
import { subscriber, type AnySubscriber } from '../core/lifecycle/events';

/**
 * A review move is not a Document Service write, so the audit middleware does not see it: the
 * trail records it from the event, in the move's transaction.
 */
export const auditSubscribers = (strapi: Core.Strapi): AnySubscriber[] => [
  subscriber('review-moved', 'audit: record the transition', (e) =>
    getService(strapi, 'audit').record({
      action: 'transition',
      contentType: e.uid,
      documentId: e.documentId,
      row: e.row,
      changedFields: [REVIEW_FIELDS.stage],
      changes: { [REVIEW_FIELDS.stage]: { before: e.from, after: e.to } },
      comment: e.comment,
    })
  ),
];
