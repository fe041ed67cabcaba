import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { SITE_TOKEN_UID } from '../core/constants';
import { rowsOf } from '../core/rows';
import { SITE_TOKEN_KEY_PREFIX } from '../units/services/site-tokens';

interface StoredToken {
  expiresAt: string | Date | null;
}

interface ApiTokenService {
  hash(accessKey: string): string;
}

/** How long a node trusts what it found about a key: a revoked token moves to its address's budget after this. */
const TRUST_MS = 60_000;
const MAX_KEYS = 5000;

const live = (token: StoredToken | null) =>
  token !== null && (!token.expiresAt || new Date(token.expiresAt).getTime() > Date.now());

/**
 * The token a bearer key belongs to (`api-token:<digest of the key>`), or null for a key no live
 * token has: a forged key must not open a fresh budget with every request.
 */
export const tokenIdentities = (strapi: Core.Strapi) => {
  const known = new Map<string, { identity: string | null; until: number }>();

  /** Which kind of live token the key is, or null. */
  const lookUp = async (key: string): Promise<string | null> => {
    if (key.startsWith(SITE_TOKEN_KEY_PREFIX)) {
      const token = await rowsOf<StoredToken>(strapi, SITE_TOKEN_UID).findOne({
        where: { keyHash: getService(strapi, 'site-tokens').hash(key) },
        select: ['expiresAt'],
      });
      return live(token) ? 'site-token' : null;
    }
    const hash = (strapi.service('admin::api-token') as unknown as ApiTokenService).hash(key);
    const token = await rowsOf<StoredToken>(strapi, 'admin::api-token').findOne({
      where: { accessKey: hash },
      select: ['expiresAt'],
    });
    return live(token) ? 'api-token' : null;
  };

  return async (key: string): Promise<string | null> => {
    const digest = createHash('sha256').update(key).digest('base64url');
    const cached = known.get(digest);
    if (cached && cached.until > Date.now()) {
      return cached.identity;
    }
    const kind = await lookUp(key);
    // the key's digest, not the row id: ids repeat in another database on the same Redis
    const identity = kind ? `${kind}:${digest}` : null;
    known.delete(digest);
    const oldest = known.keys().next();
    if (known.size >= MAX_KEYS && !oldest.done) {
      known.delete(oldest.value);
    }
    known.set(digest, { identity, until: Date.now() + TRUST_MS });
    return identity;
  };
};
