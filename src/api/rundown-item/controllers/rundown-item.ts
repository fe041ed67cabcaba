import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::rundown-item.rundown-item');
