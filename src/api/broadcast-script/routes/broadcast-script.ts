import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::broadcast-script.broadcast-script');
