import type { Core } from '@strapi/strapi';
import { getService } from '../../core/get-service';
import type { HttpContext } from '../../core/http/context';

/** GET /api/search and /api/search/suggest: parsing and answers are the service's. */
const searchController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: HttpContext) {
    ctx.body = await getService(strapi, 'search').search(ctx.query);
  },

  async suggest(ctx: HttpContext) {
    ctx.body = await getService(strapi, 'search').suggest(ctx.query);
  },
});

export default searchController;
