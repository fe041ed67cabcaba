import type { Core } from '@strapi/strapi';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { seedDemoOnEmptyDatabase } from './seed';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensurePublicPermissions(strapi);
    await seedDemoOnEmptyDatabase(strapi);
  },
};
