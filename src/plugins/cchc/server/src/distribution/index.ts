import feeds from './services/feeds';
import calendar from './services/calendar';
import socialQueue from './services/social-queue';
import webhooks from './services/webhooks';
import feedsController from './controllers/feeds';
import socialQueueController from './controllers/social-queue';
import webhooksRule from './document-middlewares/webhooks';
import socialPostSchema from './content-types/social-post/schema.json';
import webhookSubscriptionSchema from './content-types/webhook-subscription/schema.json';
import webhookDeliverySchema from './content-types/webhook-delivery/schema.json';
import { tokenRoutes, type PluginRoute } from '../core/route-table';
import { getService } from '../core/get-service';
import { distributionPanels, distributionSubscribers } from './subscribers';
import type { Core } from '@strapi/strapi';

const feedRoutes: PluginRoute[] = [
  ['rss.xml', 'rss'],
  ['atom.xml', 'atom'],
  ['feed.json', 'json'],
].map(([file, action]) => ({
  method: 'GET',
  path: `/feeds/${file}`,
  handler: `feeds.${action}`,
  // public like the sites they feed; only published content is ever read
  config: { auth: false, policies: [], prefix: '' },
}));

/** What leaves the system: feeds, the calendar, the social queue, signed webhooks. */
export const distribution = {
  services: { feeds, calendar, 'social-queue': socialQueue, webhooks },
  controllers: { feeds: feedsController, 'social-queue': socialQueueController },
  documentMiddlewares: { webhooks: webhooksRule },
  subscribers: distributionSubscribers,
  panels: distributionPanels,
  contentTypes: {
    'social-post': { schema: socialPostSchema },
    'webhook-subscription': { schema: webhookSubscriptionSchema },
    'webhook-delivery': { schema: webhookDeliverySchema },
  },
  jobKinds: (strapi: Core.Strapi) => [getService(strapi, 'webhooks').jobKind()],
  retainedTables: (strapi: Core.Strapi) => [getService(strapi, 'social-queue').retention()],
  routes: {
    contentApi: [
      ...feedRoutes,
      // posting tools: API tokens given these actions (Settings → API Tokens → custom)
      ...tokenRoutes([
        ['POST', '/social-queue/claim', 'social-queue.claim'],
        ['POST', '/social-queue/:id/ack', 'social-queue.ack'],
        // its own action: a read-only token passes every action named find
        ['GET', '/social-queue', 'social-queue.list'],
      ]),
    ],
    admin: [],
  },
};
