import type { Core } from '@strapi/strapi';
import documentMiddlewares from './document-middlewares';
import { guardContentManagerRoutes } from './content-manager-routes';
import { MEMBERSHIP_UID } from './constants';
import { registerGraphql } from './graphql';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  for (const factory of Object.values(documentMiddlewares)) {
    strapi.documents.use(factory(strapi));
  }
  guardContentManagerRoutes(strapi);
  if (strapi.plugin('graphql')) {
    strapi.plugin('graphql').service('extension').shadowCRUD(MEMBERSHIP_UID).disable();
    registerGraphql(strapi);
  }
};

export default register;
