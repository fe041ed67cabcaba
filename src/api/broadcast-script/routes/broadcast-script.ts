import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::broadcast-script.broadcast-script', {
  config: {
    find: {
      middlewares: [
        { name: 'plugin::cchc.site', config: { uid: 'api::broadcast-script.broadcast-script' } },
        'plugin::cchc.list-query',
      ],
    },
    // reviewed content: a write saves a draft unless ?status=published is asked for
    create: { middlewares: ['plugin::cchc.draft-by-default'] },
    update: { middlewares: ['plugin::cchc.draft-by-default'] },
  },
});
