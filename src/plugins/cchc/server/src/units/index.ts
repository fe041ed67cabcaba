import unitTree from './services/unit-tree';
import unitScope from './services/unit-scope';
import conditions from './services/conditions';
import defaultRoles from './services/default-roles';
import roleGuard from './services/role-guard';
import site from './services/site';
import siteTokens from './services/site-tokens';
import mediaScope from './services/media-scope';
import siteTokensController from './controllers/site-tokens';
import documentsReadable from './policies/documents-readable';
import relationReadable from './policies/relation-readable';
import mediaInMyUnits from './policies/media-in-my-units';
import siteMiddleware from './http/site';
import siteFilter from './document-middlewares/site-filter';
import unitScopeRule from './document-middlewares/unit-scope';
import unitTreeRule from './document-middlewares/unit-tree';
import siteToken from './document-middlewares/site-token';
import unitMembershipSchema from './content-types/unit-membership/schema.json';
import siteTokenSchema from './content-types/site-token/schema.json';
import { adminRoutes } from '../core/route-table';

/** Units: the tree, who may act in which unit, default roles, sites and their tokens. */
export const units = {
  services: {
    'unit-tree': unitTree,
    'unit-scope': unitScope,
    conditions,
    'default-roles': defaultRoles,
    'role-guard': roleGuard,
    site,
    'site-tokens': siteTokens,
    'media-scope': mediaScope,
  },
  controllers: { 'site-tokens': siteTokensController },
  policies: {
    'documents-readable': documentsReadable,
    'relation-readable': relationReadable,
    'media-in-my-units': mediaInMyUnits,
  },
  middlewares: { site: siteMiddleware },
  documentMiddlewares: { siteFilter, unitScope: unitScopeRule, unitTree: unitTreeRule, siteToken },
  contentTypes: {
    'unit-membership': { schema: unitMembershipSchema },
    'site-token': { schema: siteTokenSchema },
  },
  routes: {
    contentApi: [],
    // the key of a site token: the service checks the update permission on its unit
    admin: adminRoutes([['POST', '/site-tokens/:documentId/key', 'site-tokens.issueKey']]),
  },
};
