import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SITE_TOKEN_KEY_PREFIX } from './services/site-tokens';
import { getService } from '../core/get-service';
import { type HttpContext } from '../core/http/context';
import { bearerKey, SITE_TOKEN_STRATEGY, type SiteTokenCredentials } from '../core/request-auth';

interface VerifyConfig {
  scope?: string | string[];
}

/**
 * Content API authentication by site token (`Authorization: Bearer cchc_st_…`). A site token
 * may only call what the Public role may read (find/findOne); which rows it then sees is
 * decided per query by the site token row rules (its site's items, its own drafts).
 */
export const siteTokenStrategy = (strapi: Core.Strapi) => ({
  name: SITE_TOKEN_STRATEGY,

  async authenticate(ctx: HttpContext) {
    const key = bearerKey(ctx.request.header.authorization);
    if (!key?.startsWith(SITE_TOKEN_KEY_PREFIX)) {
      return { authenticated: false };
    }
    const result = await getService(strapi, 'site-tokens').authenticate(key);
    if (result.error !== undefined) {
      return { authenticated: false, error: result.error };
    }
    return { authenticated: true, credentials: result.credentials, ability: null };
  },

  verify(auth: { credentials?: SiteTokenCredentials }, config: VerifyConfig = {}) {
    const allowed = new Set(auth.credentials?.actions ?? []);
    const scopes = config.scope === undefined ? [] : [config.scope].flat();
    if (scopes.length === 0 || !scopes.every((scope) => allowed.has(scope))) {
      throw new errors.ForbiddenError();
    }
  },
});
