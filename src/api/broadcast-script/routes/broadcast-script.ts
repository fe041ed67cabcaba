import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::broadcast-script.broadcast-script', {
  config: {
    find: {
      middlewares: [
        { name: 'plugin::cchc.site', config: { uid: 'api::broadcast-script.broadcast-script' } },
      ],
    },
  },
});
