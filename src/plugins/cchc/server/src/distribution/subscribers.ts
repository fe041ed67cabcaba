import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { reviewedTypeNameOf } from '../core/reviewed-types';
import { subscriber, type AnySubscriber, type ContentEvent } from '../core/lifecycle/events';
import { REVIEW_FIELDS } from '../core/constants';
import type { DocumentPanel } from '../core/document-panels';

/**
 * What leaves the system when a document's life changes: its social posts are queued or
 * cancelled, and a signed webhook delivery is written to the outbox for every subscriber of the
 * event. Both in the change's transaction, so a scheduled publish does it exactly once too.
 */
export const distributionSubscribers = (strapi: Core.Strapi): AnySubscriber[] => {
  const social = () => getService(strapi, 'social-queue');
  const webhooks = () => getService(strapi, 'webhooks');
  const cancelPosts = async ({ uid, documentId }: ContentEvent) => {
    if (social().isSocial(uid)) {
      await social().cancel(uid, documentId);
    }
  };
  return [
    subscriber('published', 'social queue: one post per channel', async ({ uid, documentId }) => {
      const type = reviewedTypeNameOf(strapi, uid);
      if (type && social().isSocial(uid)) {
        await social().enqueue(uid, documentId, type);
      }
    }),
    subscriber('unpublished', 'social queue: cancel what is not posted yet', cancelPosts),
    subscriber('deleted', 'social queue: cancel what is not posted yet', cancelPosts),
    subscriber('published', 'webhooks: entry.publish', (e) =>
      webhooks().recordEntry('entry.publish', e.uid, e.documentId)
    ),
    subscriber('unpublished', 'webhooks: entry.unpublish', (e) =>
      webhooks().recordEntry('entry.unpublish', e.uid, e.documentId)
    ),
    subscriber('published-edit', 'webhooks: entry.update', (e) =>
      webhooks().recordEntry('entry.update', e.uid, e.documentId)
    ),
    subscriber('review-moved', 'webhooks: review.*', async (e) => {
      if (e.publicName) {
        await webhooks().record(
          e.publicName,
          e.uid,
          { ...e.row, [REVIEW_FIELDS.stage]: e.to },
          { stage: e.to, previousStage: e.from, comment: e.comment }
        );
      }
    }),
  ];
};

/** Beside a document's review state: the posts queued for it. */
export const distributionPanels = (strapi: Core.Strapi): DocumentPanel[] => [
  {
    key: 'socialPosts',
    read: (uid, documentId) => getService(strapi, 'social-queue').postsOf(uid, documentId),
  },
];
