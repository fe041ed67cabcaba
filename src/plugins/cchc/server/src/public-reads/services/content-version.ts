import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { withKnex } from '../../core/knex-now';
import { pluginConfig } from '../../core/plugin-config';
import { VERSIONS } from '../read-model/tables';
import { readTypeOf } from '../read-types';
import { isUp, redisOf } from '../../core/redis';

/** Scope of reference data, media and access rules: every public answer depends on it. */
export const COMMON_SCOPE = 'common';
const CHANNEL = 'cchc:content-version';

export interface Version {
  version: string;
  changedAt: number;
}

export type Versions = ReadonlyMap<string, Version>;

/** A row of the versions table (`changed_at` in epoch milliseconds; a string from a bigint column). */
interface VersionRow {
  scope: string;
  version: string;
  changed_at: string | number;
}

/** The scopes a change to a model touches: its own for a read type, else the common one. */
export const scopeOf = (strapi: Core.Strapi, uid: string) =>
  readTypeOf(strapi, uid) ? uid : COMMON_SCOPE;

const newVersion = () => randomBytes(9).toString('base64url');

/**
 * The content version: a random token per scope, replaced in the same transaction as every
 * change the public can see, so that a cache keyed by it never serves what a committed change
 * replaced. Random rather than a counter: a database restored from a backup cannot reuse a
 * token for other content. A node trusts what it read for `versionTtlMs`, forgets it at once
 * after its own commits, and when Redis is set, when another node announces a change.
 */
const contentVersionService = ({ strapi }: { strapi: Core.Strapi }) => {
  let known: { at: number; versions: Versions } | null = null;
  let loading: Promise<Versions> | null = null;
  let generation = 0;
  const bumpedIn = new WeakMap<object, Set<string>>();
  const nodeId = newVersion();

  const forget = () => {
    known = null;
    // a read started before the change may miss it: later callers start their own
    loading = null;
    generation += 1;
  };

  const announce = () => {
    const redis = redisOf(strapi);
    if (redis && isUp(redis.commands)) {
      redis.commands.publish(CHANNEL, nodeId).catch(() => undefined);
    }
  };

  const read = async (knex: Knex): Promise<Versions> => {
    const rows = await knex<VersionRow>(VERSIONS).select('scope', 'version', 'changed_at');
    return new Map(
      rows.map((row) => [row.scope, { version: row.version, changedAt: Number(row.changed_at) }])
    );
  };

  const load = async (): Promise<Versions> => {
    const started = generation;
    const versions = await read(strapi.db.connection);
    if (started === generation) {
      known = { at: Date.now(), versions };
    }
    return versions;
  };

  return {
    /** Every scope's version, as this node last read it (at most `versionTtlMs` ago). */
    async current(): Promise<Versions> {
      if (strapi.db.inTransaction()) {
        // what a transaction sees may never commit: read, but neither keep nor share it
        return withKnex(strapi, read);
      }
      const ttl = pluginConfig(strapi).reads.versionTtlMs;
      if (known && Date.now() - known.at < ttl) {
        return known.versions;
      }
      if (!loading) {
        const pending: Promise<Versions> = load().finally(() => {
          if (loading === pending) {
            loading = null;
          }
        });
        loading = pending;
      }
      return loading;
    },

    /** A text naming the versions of the given scopes, for cache keys and ETags. */
    async fingerprint(scopes: readonly string[]) {
      const versions = await this.current();
      const parts = [...new Set(scopes)]
        .sort()
        .map((scope) => `${scope}=${versions.get(scope)?.version ?? '-'}`);
      const lastModified = Math.max(
        0,
        ...scopes.map((scope) => versions.get(scope)?.changedAt ?? 0)
      );
      return { text: parts.join(';'), lastModified: new Date(lastModified) };
    },

    /** ETag and Last-Modified of an answer that depends only on these scopes. */
    async validators(scopes: readonly string[], variant: string) {
      const { text, lastModified } = await this.fingerprint(scopes);
      const digest = createHash('sha256').update(`${variant}\n${text}`).digest('base64url');
      return { etag: `"${digest.slice(0, 27)}"`, lastModified };
    },

    /**
     * Replaces the versions of the scopes inside the current transaction (one write per scope
     * and transaction); this node forgets its versions when the transaction commits.
     */
    async bump(scopes: readonly string[]) {
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        const done = bumpedIn.get(trx) ?? new Set<string>();
        bumpedIn.set(trx, done);
        const fresh = [...new Set(scopes)].filter((scope) => !done.has(scope));
        if (fresh.length === 0) {
          return;
        }
        const now = Date.now();
        for (const scope of fresh) {
          done.add(scope);
          await (trx as Knex.Transaction)(VERSIONS)
            .insert({ scope, version: newVersion(), changed_at: now })
            .onConflict('scope')
            .merge(['version', 'changed_at']);
        }
        onCommit(() => {
          forget();
          announce();
        });
      });
    },

    /** Listens for other nodes' changes (with Redis); once, at bootstrap. */
    async listen() {
      const redis = redisOf(strapi);
      if (!redis) {
        return;
      }
      redis.subscriber.on('message', (channel: string, from: string) => {
        if (channel === CHANNEL && from !== nodeId) {
          forget();
        }
      });
      redis.subscriber.on('ready', () => {
        redis.subscriber.subscribe(CHANNEL).catch(() => undefined);
      });
    },

    /** Drops what this node knows (tests, and after a bulk load). */
    forget,
  };
};

export default contentVersionService;
export type ContentVersionService = ReturnType<typeof contentVersionService>;
