import type { Core } from '@strapi/strapi';
import { getService } from './core/get-service';
import { workersStarted } from './core/workers-started';
import { closeRedis } from './core/redis';

/**
 * Shutdown: the background workers stop taking work, wait a moment for what is in flight, and
 * give back every job, delivery, speech job and reminder this node still holds, so another node
 * (or this one after a restart) takes them at once rather than when the lease ends. Social posts
 * are leased to the posting tools, not to this node: their leases outlive a restart of the server.
 */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await closeRedis(strapi);
  if (!workersStarted.has(strapi)) {
    return;
  }
  const total = await getService(strapi, 'jobs').stop();
  if (total > 0) {
    strapi.log.info(`Gave back ${total} background job(s) this node held`);
  }
};

export default destroy;
