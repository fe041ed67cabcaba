import auditService from './services/audit';
import auditExport from './services/audit-export';
import auditController from './controllers/audit';
import auditRule from './document-middlewares/audit';
import auditEntrySchema from './content-types/audit-entry/schema.json';
import type { PluginRoute } from '../core/route-table';
import { auditSubscribers } from './subscribers';

const admin: PluginRoute[] = [
  {
    method: 'GET',
    path: '/audit-entries/export.csv',
    handler: 'audit.exportCsv',
    // read permission and its unit conditions are applied by the service, as the list view does
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  },
];

/** The audit trail of every change and its export. */
export const audit = {
  services: { audit: auditService, 'audit-export': auditExport },
  controllers: { audit: auditController },
  documentMiddlewares: { audit: auditRule },
  subscribers: auditSubscribers,
  contentTypes: { 'audit-entry': { schema: auditEntrySchema } },
  routes: { contentApi: [], admin },
};
