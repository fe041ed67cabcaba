import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::leaflet.leaflet', {
  config: {
    find: { middlewares: [{ name: 'plugin::cchc.site', config: { uid: 'api::leaflet.leaflet' } }] },
  },
});
