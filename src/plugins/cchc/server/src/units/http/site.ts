import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../../core/get-service';
import { type HttpContext } from '../../core/http/context';
import { setSiteFilters } from '../site-state';

interface SiteMiddlewareConfig {
  uid: UID.ContentType;
}

/**
 * `?site=<unit slug>` on a list route: the site's own published items plus what the levels
 * above it shared with subunits. The parameter is taken off the query (strict params would
 * refuse it) and applied as server-side filters by the site document middleware.
 */
const siteMiddleware =
  (config: SiteMiddlewareConfig, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: HttpContext, next: () => Promise<unknown>) => {
    const site = ctx.query.site;
    if (site === undefined) {
      return next();
    }
    if (typeof site !== 'string' || !/^[a-z0-9-]+$/.test(site)) {
      throw new errors.ValidationError(
        '"site" phải là đường dẫn (slug) của một đơn vị, ví dụ site=xa-son-tay.'
      );
    }
    delete ctx.query.site;
    setSiteFilters(
      ctx.state,
      config.uid,
      await getService(strapi, 'site').filtersFor(config.uid, site)
    );
    return next();
  };

export default siteMiddleware;
