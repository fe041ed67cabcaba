import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::training.training', {
  config: {
    find: {
      middlewares: [{ name: 'plugin::cchc.site', config: { uid: 'api::training.training' } }],
    },
  },
});
