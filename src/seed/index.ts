import type { Core } from '@strapi/strapi';
import { UIDS } from '../constants';
import { demoData } from './demo-data';
import { ensureDemoAdmin } from './demo-admin';
import { seedDemo } from './seed-demo';

/** `npm run seed`: loads the demo data and, in development, the demo admin. */
export const runSeed = async (strapi: Core.Strapi) => {
  const created = await seedDemo(strapi, demoData);
  const summary = Object.entries(created).map(([uid, n]) => `${uid.split('.').pop()}: ${n}`);
  strapi.log.info(
    summary.length > 0
      ? `Demo data created (${summary.join(', ')})`
      : 'Demo data already present: nothing changed'
  );
  await ensureDemoAdmin(strapi);
  return created;
};

/** First `develop` on an empty database loads the demo data. */
export const seedDemoOnEmptyDatabase = async (strapi: Core.Strapi) => {
  const { seedOnEmptyDatabase } = strapi.config.get('demo') as { seedOnEmptyDatabase: boolean };
  if (!seedOnEmptyDatabase || (await strapi.db.query(UIDS.unit).count()) > 0) {
    return;
  }
  strapi.log.info(
    'Empty database: loading the demo data (SEED_DEMO_ON_EMPTY_DB=false turns this off)'
  );
  await runSeed(strapi);
};
