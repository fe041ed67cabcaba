import { factories } from '@strapi/strapi';

interface RundownContext {
  params: { slug: string };
  query: Record<string, unknown>;
  type: string;
  body: unknown;
}

const rundowns = () => strapi.plugin('cchc').service('rundown');

export default factories.createCoreController('api::station.station', () => ({
  /** GET /api/stations/:slug/rundown?date=YYYY-MM-DD */
  async rundown(context) {
    const ctx = context as unknown as RundownContext;
    ctx.body = { data: await rundowns().day(ctx.params.slug, String(ctx.query.date ?? '')) };
  },

  /** GET /api/stations/:slug/rundown.html?date=YYYY-MM-DD: the announcer's printable sheet. */
  async rundownSheet(context) {
    const ctx = context as unknown as RundownContext;
    const day = await rundowns().day(ctx.params.slug, String(ctx.query.date ?? ''));
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = rundowns().html(day);
  },
}));
