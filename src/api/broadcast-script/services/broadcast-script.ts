import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::broadcast-script.broadcast-script');
