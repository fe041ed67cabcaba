import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::leaflet.leaflet', {
  config: {
    find: {
      middlewares: [
        { name: 'plugin::cchc.site', config: { uid: 'api::leaflet.leaflet' } },
        'plugin::cchc.list-query',
      ],
    },
    // reviewed content: a write saves a draft unless ?status=published is asked for
    create: { middlewares: ['plugin::cchc.draft-by-default'] },
    update: { middlewares: ['plugin::cchc.draft-by-default'] },
  },
});
