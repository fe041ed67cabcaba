import type { Core } from '@strapi/strapi';
import documentMiddlewares from './document-middlewares';
import { documentPanels, lifecycleSubscribers, search } from './features';
import { getService } from './core/get-service';
import { guardContentManagerRoutes } from './units/content-manager-routes';
import { guardUploadRoutes } from './units/upload-routes';
import { scopeContentManagerUid } from './content/content-manager-uid';
import {
  AUDIT_UID,
  DELIVERY_UID,
  JOB_UID,
  MEMBERSHIP_UID,
  SITE_TOKEN_UID,
  SOCIAL_POST_UID,
  SPEECH_JOB_UID,
  SUBSCRIPTION_UID,
} from './core/constants';
import { addReviewFields } from './review/review-fields';
import { registerGraphql } from './units/site-graphql';
import { siteTokenStrategy } from './units/site-token-strategy';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  addReviewFields(strapi);
  getService(strapi, 'lifecycle').subscribe(lifecycleSubscribers(strapi));
  getService(strapi, 'document-panels').add(documentPanels(strapi));
  for (const factory of Object.values(documentMiddlewares)) {
    strapi.documents.use(factory(strapi));
  }
  guardContentManagerRoutes(strapi);
  guardUploadRoutes(strapi);
  strapi.get('auth').register('content-api', siteTokenStrategy(strapi));
  scopeContentManagerUid(strapi);
  if (strapi.plugin('graphql')) {
    const extension = strapi.plugin('graphql').service('extension');
    extension.shadowCRUD(MEMBERSHIP_UID).disable();
    // system-written records: readable by full-access tokens, never written through the API
    extension.shadowCRUD(AUDIT_UID).disableMutations();
    extension.shadowCRUD(JOB_UID).disableMutations();
    extension.shadowCRUD(SOCIAL_POST_UID).disableMutations();
    extension.shadowCRUD(DELIVERY_UID).disableMutations();
    extension.shadowCRUD(SPEECH_JOB_UID).disableMutations();
    // subscriptions hold their signing secrets: admin only
    extension.shadowCRUD(SUBSCRIPTION_UID).disable();
    // site tokens are managed in the admin only
    extension.shadowCRUD(SITE_TOKEN_UID).disable();
    registerGraphql(strapi);
  }
  search.register(strapi);
};

export default register;
