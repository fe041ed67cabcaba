import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::article.article', {
  config: {
    find: { middlewares: [{ name: 'plugin::cchc.site', config: { uid: 'api::article.article' } }] },
  },
});
