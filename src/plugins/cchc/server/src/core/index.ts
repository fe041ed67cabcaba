import storedUploads from './http/stored-uploads';
import databaseOutage from './services/database-outage';
import readiness from './services/readiness';
import jobs from './jobs/runner';
import lifecycle from './lifecycle/emitter';
import lifecycleRule from './lifecycle/document-middleware';
import { rowMemo, rowMemoWrite } from './row-memo-middlewares';
import documentPanels from './document-panels';
import openapiController from './controllers/openapi';
import docsPageController from './controllers/docs-page';
import readinessController from './controllers/readiness';
import fullAccessTokenOnly from './policies/full-access-token-only';
import notReadOnlyToken from './policies/not-read-only-token';
import noFrontEndAccounts from './policies/no-front-end-accounts';
import requestId from './http/request-id';
import inputGuard from './http/input-guard';
import databaseOutageMiddleware from './http/database-outage';
import jsonErrors from './http/json-errors';
import formFieldsGuard from './http/form-fields-guard';
import databaseInputErrors from './http/database-input-errors';
import type { PluginRoute } from './route-table';

const contentApi: PluginRoute[] = [
  {
    method: 'GET',
    path: '/openapi.json',
    handler: 'openapi.show',
    config: { auth: false, policies: [] },
  },
];

/** What every feature shares: config, jobs, input parsing, outage handling, the HTTP guards. */
export const core = {
  services: {
    'database-outage': databaseOutage,
    readiness,
    jobs,
    lifecycle,
    'document-panels': documentPanels,
  },
  documentMiddlewares: { lifecycle: lifecycleRule, rowMemo, rowMemoWrite },
  controllers: {
    openapi: openapiController,
    'docs-page': docsPageController,
    readiness: readinessController,
  },
  policies: {
    'full-access-token-only': fullAccessTokenOnly,
    'not-read-only-token': notReadOnlyToken,
    'no-front-end-accounts': noFrontEndAccounts,
  },
  middlewares: {
    'request-id': requestId,
    'input-guard': inputGuard,
    'database-outage': databaseOutageMiddleware,
    'json-errors': jsonErrors,
    'form-fields-guard': formFieldsGuard,
    'database-input-errors': databaseInputErrors,
    'stored-uploads': storedUploads,
  },
  routes: { contentApi, admin: [] as PluginRoute[] },
};
