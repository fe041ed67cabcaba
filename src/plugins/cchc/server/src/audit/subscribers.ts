import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { REPORT_UID, REVIEW_FIELDS, SITE_TOKEN_UID } from '../core/constants';
import { subscriber, type AnySubscriber, type DirectChange } from '../core/lifecycle/events';

/** One field's change of one document, as the trail records it. */
const recordField = (
  strapi: Core.Strapi,
  action: 'transition' | 'update',
  contentType: string,
  field: string,
  e: DirectChange
) =>
  getService(strapi, 'audit').record({
    action,
    contentType,
    documentId: e.documentId,
    row: e.row,
    changedFields: [field],
    changes: { [field]: { before: e.before, after: e.after } },
    comment: e.comment,
  });

/**
 * Review and report moves and a site token's new key are not Document Service writes, so the
 * audit middleware does not see them: the trail records them from their events, in the change's
 * transaction.
 */
export const auditSubscribers = (strapi: Core.Strapi): AnySubscriber[] => [
  subscriber('review-moved', 'audit: record the transition', (e) =>
    recordField(strapi, 'transition', e.uid, REVIEW_FIELDS.stage, {
      ...e,
      before: e.from,
      after: e.to,
    })
  ),
  subscriber('report-moved', 'audit: record the transition', (e) =>
    recordField(strapi, 'transition', REPORT_UID, 'reportStatus', e)
  ),
  subscriber('site-token-renewed', 'audit: record the new key', (e) =>
    recordField(strapi, 'update', SITE_TOKEN_UID, 'keyPrefix', e)
  ),
];
