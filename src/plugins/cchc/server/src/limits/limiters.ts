import net from 'net';
import type { Core } from '@strapi/strapi';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { pluginConfig } from '../core/plugin-config';
import { redisOf } from '../core/redis';
import type { Budget } from './charge';

export type Limiters = Record<Budget, { limiter: RateLimiterAbstract; points: number }>;

/**
 * One limiter per budget: counted in Redis when it is configured, so every node shares the count,
 * with a per-node count standing in while Redis does not answer; per node without Redis.
 */
export const limitersOf = (strapi: Core.Strapi): Limiters => {
  const settings = pluginConfig(strapi).rateLimits;
  const redis = redisOf(strapi);
  const limiterOf = (budget: Budget) => {
    const { points, windowSeconds: duration } = settings[budget];
    const memory = new RateLimiterMemory({ points, duration, keyPrefix: `cchc-rl-${budget}` });
    const limiter = redis
      ? new RateLimiterRedis({
          storeClient: redis.commands,
          rejectIfRedisNotReady: true,
          keyPrefix: `cchc-rl-${budget}`,
          points,
          duration,
          insuranceLimiter: memory,
        })
      : memory;
    return { limiter, points };
  };
  return {
    anonymous: limiterOf('anonymous'),
    token: limiterOf('token'),
    login: limiterOf('login'),
  };
};

/** IPv4 written as IPv6 (`::ffff:10.0.0.1`) as plain IPv4. */
export const plainAddress = (ip: string) => ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/** Addresses and ranges (`10.0.0.0/8`, `2001:db8::/32`) never limited. */
export const exemptList = (entries: string[]) => {
  const list = new net.BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const type = net.isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (net.isIP(address) === 0) {
      throw new Error(`RATE_LIMIT_EXEMPT: "${entry}" is not an IP address or range.`);
    }
    if (prefix === undefined) {
      list.addAddress(address, type);
    } else {
      list.addSubnet(address, Number(prefix), type);
    }
  }
  return (ip: string) => {
    const address = plainAddress(ip);
    const type = net.isIP(address);
    return type !== 0 && list.check(address, type === 6 ? 'ipv6' : 'ipv4');
  };
};
