import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::rundown-item.rundown-item');
