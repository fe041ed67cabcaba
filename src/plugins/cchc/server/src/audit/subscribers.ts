import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { REPORT_UID, REVIEW_FIELDS, SITE_TOKEN_UID } from '../core/constants';
import { subscriber, type AnySubscriber } from '../core/lifecycle/events';

/**
 * Review and report moves and a site token's new key are not Document Service writes, so the
 * audit middleware does not see them: the trail records them from their events, in the change's
 * transaction.
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
  subscriber('report-moved', 'audit: record the transition', (e) =>
    getService(strapi, 'audit').record({
      action: 'transition',
      contentType: REPORT_UID,
      documentId: e.documentId,
      row: e.row,
      changedFields: ['reportStatus'],
      changes: { reportStatus: { before: e.before, after: e.after } },
      comment: e.comment,
    })
  ),
  subscriber('site-token-renewed', 'audit: record the new key', (e) =>
    getService(strapi, 'audit').record({
      action: 'update',
      contentType: SITE_TOKEN_UID,
      documentId: e.documentId,
      row: e.row,
      changedFields: ['keyPrefix'],
      changes: { keyPrefix: { before: e.before, after: e.after } },
      comment: e.comment,
    })
  ),
];
