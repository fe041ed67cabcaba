import type { Core } from '@strapi/strapi';
import documentMiddlewares from './document-middlewares';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  for (const factory of Object.values(documentMiddlewares)) {
    strapi.documents.use(factory(strapi));
  }
};

export default register;
