import type { Core } from '@strapi/strapi';
import cacheGuard from './document-middlewares/cache-guard';
import fastLists from './document-middlewares/fast-lists';
import readModelSync from './document-middlewares/read-model-sync';
import responseCache from './response-cache/middleware';
import contentVersion from './services/content-version';
import readModel from './services/read-model';
import { batchRelationLoads } from './relation-batching';
import { watchPublicChanges } from './version-triggers';
import { getService } from '../core/get-service';
import { publicReadsSubscribers } from './subscribers';

/** The public read path: read model, content version, shared response cache, batched relations. */
export const publicReads = {
  services: { 'read-model': readModel, 'content-version': contentVersion },
  middlewares: { 'response-cache': responseCache },
  documentMiddlewares: { cacheGuard, fastLists, readModelSync },
  subscribers: publicReadsSubscribers,

  async bootstrap(strapi: Core.Strapi) {
    watchPublicChanges(strapi);
    batchRelationLoads(strapi);
    await getService(strapi, 'content-version').listen();
  },
};
