import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import { isUp, redisOf } from '../../core/redis';

/** A stored answer: enough to answer the same request again, or a 304. */
export interface CachedAnswer {
  type: string;
  body: string;
  etag: string;
  lastModified?: string;
  cacheControl?: string;
}

const PREFIX = 'cchc:rc:';

/**
 * Answers by key, in this node's memory (least recently used first out, bounded in bytes) and,
 * when Redis is set, in Redis, shared by every node. Keys carry the content version, so an entry
 * is never stale: old versions' entries age out. A Redis failure is a miss, never an error.
 */
export const createAnswerStore = (
  strapi: Core.Strapi,
  { maxBytes, redisTtlSeconds }: { maxBytes: number; redisTtlSeconds: number }
) => {
  const local = new LRUCache<string, CachedAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer) => answer.body.length * 2 + 256,
  });
  return {
    async get(key: string): Promise<CachedAnswer | undefined> {
      const known = local.get(key);
      if (known) {
        return known;
      }
      const redis = redisOf(strapi);
      if (!redis || !isUp(redis.commands)) {
        return undefined;
      }
      try {
        const stored = await redis.commands.get(PREFIX + key);
        if (!stored) {
          return undefined;
        }
        const answer = JSON.parse(stored) as CachedAnswer;
        local.set(key, answer);
        return answer;
      } catch {
        return undefined;
      }
    },

    set(key: string, answer: CachedAnswer) {
      if (answer.body.length * 2 + 256 > maxBytes) {
        return;
      }
      local.set(key, answer);
      const redis = redisOf(strapi);
      if (redis && isUp(redis.commands)) {
        redis.commands
          .set(PREFIX + key, JSON.stringify(answer), 'EX', redisTtlSeconds)
          .catch(() => undefined);
      }
    },

    clear() {
      local.clear();
    },
  };
};

export type AnswerStore = ReturnType<typeof createAnswerStore>;
