import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::social-channel.social-channel');
