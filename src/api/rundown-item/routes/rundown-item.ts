import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::rundown-item.rundown-item');
