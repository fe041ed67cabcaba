import type { Core } from '@strapi/strapi';
import { getService } from './core/get-service';
import { workersStarted } from './core/workers-started';
import { auditAdminChanges } from './audit/audit-admin-changes';
import { renameTokenActions } from './core/token-actions';
import { answerClientErrorsWithJson } from './core/client-errors';
import { guardSiteTokenRows } from './units/site-token-rows';
import { ensureUnitPathIndex } from './units/path-index';
import { publicReads } from './public-reads';
import { jobKinds, retainedTables } from './features';
import { trackRequests } from './core/http/drain';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'database-outage').watch();
  // readiness for load balancers, beside Strapi's /_health (liveness): no auth, no /api prefix
  strapi.server.routes([
    {
      method: 'GET',
      path: '/_ready',
      handler: 'plugin::cchc.readiness.show',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/documentation/assets/:version/:file',
      handler: 'plugin::cchc.docs-page.asset',
      config: { auth: false },
    },
  ]);
  await getService(strapi, 'conditions').register();
  await getService(strapi, 'report-actions').register();
  await renameTokenActions(strapi);

  const tree = getService(strapi, 'unit-tree');
  if (await ensureUnitPathIndex(strapi)) {
    strapi.log.info('Created the index of unit tree paths');
  }
  if (await tree.hasUnplaced()) {
    strapi.log.info(`Computed the tree path of ${await tree.rebuild()} unit(s)`);
  }

  const defaultRoles = getService(strapi, 'default-roles');
  await defaultRoles.ensure();
  await defaultRoles.upgrade();
  await getService(strapi, 'role-guard').check();
  await getService(strapi, 'admin-labels').sync();
  // one-off backfills (review stages, reading times, the read model) are migrations
  getService(strapi, 'review').registerEvents();
  await publicReads.bootstrap(strapi);
  const jobs = getService(strapi, 'jobs');
  for (const kind of jobKinds(strapi)) {
    jobs.register(kind);
  }
  for (const table of retainedTables(strapi)) {
    jobs.retain(table);
  }
  jobs.start();
  workersStarted.add(strapi);
  // after the default roles exist, so that only changes made by people are recorded
  auditAdminChanges(strapi);
  answerClientErrorsWithJson(strapi.server.httpServer);
  trackRequests(strapi.server.httpServer);
  guardSiteTokenRows(strapi);
};

export default bootstrap;
