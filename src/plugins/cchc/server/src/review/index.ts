import reviewService from './services/review';
import reviewQueue from './services/review-queue';
import scheduler from './services/scheduler';
import reviewController from './controllers/review';
import reviewRule from './document-middlewares/review';
import schedule from './document-middlewares/schedule';
import scheduledJobSchema from './content-types/scheduled-job/schema.json';
import { adminRoutes } from '../core/route-table';
import { getService } from '../core/get-service';
import type { Core } from '@strapi/strapi';

/** Review: stages, the reviewers' queue, scheduled publishing and unpublishing. */
export const review = {
  services: { review: reviewService, 'review-queue': reviewQueue, scheduler },
  controllers: { review: reviewController },
  documentMiddlewares: { review: reviewRule, schedule },
  contentTypes: { 'scheduled-job': { schema: scheduledJobSchema } },
  jobKinds: (strapi: Core.Strapi) => [getService(strapi, 'scheduler').jobKind()],
  routes: {
    contentApi: [],
    admin: adminRoutes([
      ['GET', '/review/config', 'review.config'],
      ['GET', '/review/queue', 'review.queue'],
      ['GET', '/review/:uid/:documentId', 'review.state'],
      ['POST', '/review/:uid/:documentId/:action', 'review.transition'],
    ]),
  },
};
