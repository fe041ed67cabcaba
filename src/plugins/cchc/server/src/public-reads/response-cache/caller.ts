import type { Core } from '@strapi/strapi';
import { SITE_TOKEN_KEY_PREFIX } from '../../units/services/site-tokens';
import { getService } from '../../core/get-service';

/**
 * Who a cached answer may be shared with: every anonymous caller; every read-only API token
 * (they reach what Public reaches); every site token of one unit (they see that unit's site).
 */
export interface Caller {
  key: string;
  /** may a shared cache in front (a CDN) keep the answer */
  shared: boolean;
}

interface ApiTokenRow {
  type?: string;
  kind?: string | null;
  expiresAt?: string | null;
}

interface ApiTokenService {
  hash(token: string): string;
  getByAccessKey(hash: string): Promise<ApiTokenRow | null | undefined>;
}

const PUBLIC: Caller = { key: 'public', shared: true };

const bearerOf = (authorization: string) => {
  const parts = authorization.trim().split(/\s+/);
  return parts.length === 2 && parts[0].toLowerCase() === 'bearer' ? parts[1] : null;
};

const expired = (expiresAt: string | null | undefined) =>
  expiresAt ? new Date(expiresAt).getTime() <= Date.now() : false;

/**
 * The caller's class for the response cache, or null when its answers are its own (full-access
 * and custom tokens, front-end users) or its credentials do not hold: such a request goes its
 * usual way, which answers 401 where it should. Credentials are checked on every request, so a
 * revoked or expired key is never served from the cache.
 */
export const callerOf = async (
  strapi: Core.Strapi,
  authorization: string | undefined
): Promise<Caller | null> => {
  if (authorization === undefined || authorization === '') {
    return PUBLIC;
  }
  const key = bearerOf(authorization);
  if (!key) {
    return null;
  }
  if (key.startsWith(SITE_TOKEN_KEY_PREFIX)) {
    const { credentials } = await getService(strapi, 'site-tokens').authenticate(key);
    return credentials ? { key: `site:${credentials.unit.id}`, shared: false } : null;
  }
  const tokens = strapi.service('admin::api-token-content-api') as unknown as ApiTokenService;
  const token = await tokens.getByAccessKey(tokens.hash(key));
  const usable =
    token?.type === 'read-only' &&
    (token.kind === 'content-api' || token.kind === null || token.kind === undefined) &&
    !expired(token.expiresAt);
  return usable ? { key: 'read-only', shared: false } : null;
};
