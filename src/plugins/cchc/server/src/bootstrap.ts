import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'conditions').register();

  const tree = getService(strapi, 'unit-tree');
  await tree.ensureIndex();
  const placed = await tree.rebuild();
  if (placed > 0) {
    strapi.log.info(`Computed the tree path of ${placed} unit(s)`);
  }

  await getService(strapi, 'default-roles').ensure();
  await getService(strapi, 'role-guard').check();
  await getService(strapi, 'admin-labels').sync();
};

export default bootstrap;
