import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::article.article', {
  config: {
    find: {
      middlewares: [
        { name: 'plugin::cchc.site', config: { uid: 'api::article.article' } },
        'plugin::cchc.list-query',
      ],
    },
    // reviewed content: a write saves a draft unless ?status=published is asked for
    create: { middlewares: ['plugin::cchc.draft-by-default'] },
    update: { middlewares: ['plugin::cchc.draft-by-default'] },
  },
});
