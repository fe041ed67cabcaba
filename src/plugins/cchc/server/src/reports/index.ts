import reportsService from './services/reports';
import reportCounts from './services/report-counts';
import reportFlow from './services/report-flow';
import reportSummary from './services/report-summary';
import reportReminders from './services/report-reminders';
import reportActions from './services/report-actions';
import reportExports from './services/report-exports';
import reportsController from './controllers/reports';
import unitReport from './document-middlewares/unit-report';
import reportReminderSchema from './content-types/report-reminder/schema.json';
import { adminRoutes, tokenRoutes, type RouteRow } from '../core/route-table';
import { getService } from '../core/get-service';
import type { Core } from '@strapi/strapi';

const SUMMARY: RouteRow[] = [
  ['GET', '/reports/summary', 'reports.summary'],
  ['GET', '/reports/summary.docx', 'reports.summaryDocx'],
  ['GET', '/reports/summary.xlsx', 'reports.summaryXlsx'],
];

/** Results reporting: targets, counts, the report flow, summaries, exports and reminders. */
export const reports = {
  services: {
    reports: reportsService,
    'report-counts': reportCounts,
    'report-flow': reportFlow,
    'report-summary': reportSummary,
    'report-reminders': reportReminders,
    'report-actions': reportActions,
    'report-exports': reportExports,
  },
  controllers: { reports: reportsController },
  documentMiddlewares: { unitReport },
  contentTypes: { 'report-reminder': { schema: reportReminderSchema } },
  jobKinds: (strapi: Core.Strapi) => [getService(strapi, 'report-reminders').jobKind()],
  routes: {
    // the district summary for reporting tools: API tokens given these actions
    contentApi: tokenRoutes(SUMMARY),
    // the services check the plugin's report actions and their units
    admin: adminRoutes([
      ...SUMMARY,
      ['GET', '/reports/options', 'reports.options'],
      ['POST', '/reports/remind', 'reports.remind'],
      ['GET', '/reports/:documentId', 'reports.state'],
      ['POST', '/reports/:documentId/:action', 'reports.transition'],
    ]),
  },
};
