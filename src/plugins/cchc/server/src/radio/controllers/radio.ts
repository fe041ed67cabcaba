import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { APP_UIDS } from '../../core/constants';
import { adminRequest, canOn } from '../../core/admin-ability';
import { getService } from '../../core/get-service';
import type { HttpContext } from '../../core/http/context';
import { rowsOf } from '../../core/rows';

/** The admin's view of a rundown: what an editor may read of a station, for the print page. */
const radioController = ({ strapi }: { strapi: Core.Strapi }) => {
  const readable = async (slug: string) => {
    const admin = adminRequest(strapi);
    const station = await rowsOf(strapi, APP_UIDS.station).findOne({
      where: { slug },
      populate: { unit: { select: ['id'] } },
    });
    if (!station || !admin || !canOn(strapi, admin.ability, APP_UIDS.station, 'read', station)) {
      throw new errors.NotFoundError(`Không có đài "${slug}".`);
    }
  };
  return {
    /** GET /cchc/stations/:slug/rundown?date= */
    async rundown(ctx: HttpContext) {
      await readable(ctx.params.slug);
      ctx.body = {
        data: await getService(strapi, 'rundown').day(
          ctx.params.slug,
          String(ctx.query.date ?? '')
        ),
      };
    },
    /** GET /cchc/stations/:slug/rundown.html?date= */
    async sheet(ctx: HttpContext) {
      await readable(ctx.params.slug);
      const rundown = getService(strapi, 'rundown');
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = rundown.html(await rundown.day(ctx.params.slug, String(ctx.query.date ?? '')));
    },
  };
};

export default radioController;
