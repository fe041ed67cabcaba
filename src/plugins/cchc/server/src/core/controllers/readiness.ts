import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { HttpContext } from '../http/context';

/** GET /_ready: 200 when this node can serve, 503 with Retry-After when it cannot. */
const readinessController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: HttpContext) {
    const readiness = await getService(strapi, 'readiness').check();
    ctx.set('Cache-Control', 'no-store');
    if (readiness.status !== 'ok') {
      ctx.set('Retry-After', String(getService(strapi, 'database-outage').retryAfterSeconds()));
    }
    ctx.status = readiness.status === 'ok' ? 200 : 503;
    ctx.body = readiness;
  },
});

export default readinessController;
