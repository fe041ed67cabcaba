import { factories } from '@strapi/strapi';

interface RundownContext {
  params: { slug: string };
  query: Record<string, unknown>;
  origin: string;
  type: string;
  body: unknown;
  set(header: string, value: string): void;
}

const rundowns = () => strapi.plugin('cchc').service('rundown');

export default factories.createCoreController('api::station.station', () => ({
  /** GET /api/stations/:slug/rundown?date=YYYY-MM-DD */
  async rundown(context) {
    const ctx = context as unknown as RundownContext;
    const { date } = rundowns().parseQuery(ctx.query);
    ctx.body = { data: await rundowns().day(ctx.params.slug, date) };
  },

  /** GET /api/stations/:slug/rundown.html?date=YYYY-MM-DD: the announcer's printable sheet. */
  async rundownSheet(context) {
    const ctx = context as unknown as RundownContext;
    const { date } = rundowns().parseQuery(ctx.query);
    const day = await rundowns().day(ctx.params.slug, date);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = rundowns().html(day);
  },

  /** GET /api/stations/:slug/rundown.zip?date=YYYY-MM-DD: scripts, audio and manifest.json. */
  async rundownPackage(context) {
    const ctx = context as unknown as RundownContext;
    const { date } = rundowns().parseQuery(ctx.query);
    const baseUrl = (strapi.config.get('server.url') as string) || ctx.origin;
    const { zip } = await strapi
      .plugin('cchc')
      .service('rundown-package')
      .build(ctx.params.slug, date, baseUrl);
    ctx.type = 'application/zip';
    ctx.set(
      'Content-Disposition',
      `attachment; filename="lich-phat-song-${ctx.params.slug}-${date}.zip"`
    );
    ctx.body = zip;
  },
}));
