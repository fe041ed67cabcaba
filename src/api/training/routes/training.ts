import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::training.training', {
  config: {
    find: {
      middlewares: [
        { name: 'plugin::cchc.site', config: { uid: 'api::training.training' } },
        'plugin::cchc.list-query',
      ],
    },
    // reviewed content: a write saves a draft unless ?status=published is asked for
    create: { middlewares: ['plugin::cchc.draft-by-default'] },
    update: { middlewares: ['plugin::cchc.draft-by-default'] },
  },
});
