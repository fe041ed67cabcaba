import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::broadcast-script.broadcast-script');
