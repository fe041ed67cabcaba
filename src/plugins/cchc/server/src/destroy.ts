import type { Core } from '@strapi/strapi';
import { getService } from './core/get-service';
import { workersStarted } from './core/workers-started';
import { closeRedis } from './core/redis';
import { drainRequests } from './core/http/drain';
import { pluginConfig } from './core/plugin-config';

/**
 * Shutdown (SIGTERM or SIGINT: Strapi calls `destroy`, the plugins' first): the node stops
 * accepting connections and lets the requests it is answering finish; then the background
 * workers stop taking work, wait a moment for what is in flight, and give back every job,
 * delivery, speech job and reminder this node still holds, so another node (or this one after a
 * restart) takes them at once rather than when the lease ends. Social posts are leased to the
 * posting tools, not to this node: their leases outlive a restart of the server.
 */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  const { drainSeconds } = pluginConfig(strapi).shutdown;
  const unanswered = await drainRequests(strapi.server.httpServer, drainSeconds * 1000);
  if (unanswered > 0) {
    strapi.log.warn(
      `Shutting down with ${unanswered} request(s) unanswered after ${drainSeconds} s`
    );
  }
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
