import { UIDS } from '../src/constants';
import { runSeed } from '../src/seed';
import { demoData } from '../src/seed/demo-data';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => stopApp(app));

const rowCounts = async () => {
  const counts: Record<string, number> = {};
  for (const uid of Object.values(UIDS)) {
    counts[uid] = await app.strapi.db.query(uid).count();
  }
  return counts;
};

describe('demo data', () => {
  test('loads every record, publishes what should be published, and a second run changes nothing', async () => {
    const created = await runSeed(app.strapi);
    expect(created[UIDS.unit]).toBe(demoData.units.length);
    expect(created[UIDS.article]).toBe(demoData.articles.length);
    expect(created[UIDS.unitReport]).toBe(demoData.unitReports.length);

    const published = demoData.articles.filter((a) => a.publish);
    const res = await http(app.strapi).get('/api/articles?pagination[pageSize]=100&fields[0]=slug');
    expect(res.body.meta.pagination.total).toBe(published.length);
    expect(res.body.data.map((a: { slug: string }) => a.slug).sort()).toEqual(
      published.map((a) => a.slug).sort()
    );

    const before = await rowCounts();
    expect(await runSeed(app.strapi)).toEqual({});
    expect(await rowCounts()).toEqual(before);
  });

  test('the unit tree hangs under the province, and the campaign is 1069/UBND-VHTT', async () => {
    const district = await app.strapi.documents(UIDS.unit).findFirst({
      filters: { slug: 'huyen-huong-son' },
      populate: { parent: true, children: true },
    });
    expect(district?.parent?.slug).toBe('tinh-ha-tinh');
    expect(district?.children?.length).toBeGreaterThanOrEqual(10);
    const campaign = await app.strapi
      .documents(UIDS.campaign)
      .findFirst({ filters: { documentNumber: '1069/UBND-VHTT' } });
    expect(campaign?.title).toContain('CCHC');
  });

  test('no demo admin is created outside development', async () => {
    expect(await app.strapi.service('admin::user').exists({ email: 'admin@cchc.local' })).toBe(
      false
    );
  });
});
