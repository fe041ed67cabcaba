import type { Core } from '@strapi/strapi';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { guardTokenReach } from './bootstrap/token-reach';
import { closeFrontEndAccountMutations } from './bootstrap/front-end-accounts';
import {
  generateDocumentationInProduction,
  usePublicDocumentation,
} from './bootstrap/public-documentation';
import { seedDemoOnEmptyDatabase } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    guardTokenReach(strapi);
    closeFrontEndAccountMutations(strapi);
    usePublicDocumentation(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensurePublicPermissions(strapi);
    await generateDocumentationInProduction(strapi);
    await seedDemoOnEmptyDatabase(strapi);
  },
};
