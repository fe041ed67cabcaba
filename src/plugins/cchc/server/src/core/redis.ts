import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { pluginConfig } from './plugin-config';

const REPORT_EVERY_MS = 30000;

interface Connections {
  commands: Redis;
  subscriber: Redis;
}

const open = new WeakMap<Core.Strapi, Connections | null>();

const connect = (strapi: Core.Strapi, url: string, role: string) => {
  const client = new Redis(url, {
    lazyConnect: true,
    // a cache that waits is worse than no cache: fail fast, reconnect in the background
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 300,
    connectionName: `cchc-${role}`,
  });
  let lastReport = 0;
  client.on('error', (error: Error) => {
    if (Date.now() - lastReport > REPORT_EVERY_MS) {
      lastReport = Date.now();
      strapi.log.warn(
        `Redis (${role}) unavailable, caches and rate limits work per node: ${error.message}`
      );
    }
  });
  client.connect().catch(() => undefined);
  return client;
};

/**
 * The node's two Redis connections (commands, and one for pub/sub) when `REDIS_URL` is set,
 * opened on first use; null without Redis.
 */
export const redisOf = (strapi: Core.Strapi): Connections | null => {
  if (open.has(strapi)) {
    return open.get(strapi) ?? null;
  }
  const url = pluginConfig(strapi).outage.redisUrl;
  const connections = url
    ? { commands: connect(strapi, url, 'cache'), subscriber: connect(strapi, url, 'events') }
    : null;
  open.set(strapi, connections);
  return connections;
};

export const closeRedis = async (strapi: Core.Strapi) => {
  const connections = open.get(strapi);
  open.delete(strapi);
  if (connections) {
    connections.commands.disconnect();
    connections.subscriber.disconnect();
  }
};

/** True when the connection can take a command now (never queue behind a reconnect). */
export const isUp = (client: Redis) => client.status === 'ready';
