import slug from './slug';
import adminLabels from './admin-labels';
import unitTree from './unit-tree';
import unitScope from './unit-scope';
import conditions from './conditions';
import defaultRoles from './default-roles';
import roleGuard from './role-guard';
import site from './site';
import audit from './audit';
import auditExport from './audit-export';
import review from './review';
import reviewQueue from './review-queue';
import scheduler from './scheduler';
import feeds from './feeds';
import calendar from './calendar';
import socialQueue from './social-queue';
import webhooks from './webhooks';
import airtime from './airtime';
import rundown from './rundown';
import rundownPackage from './rundown-package';
import speech from './speech';
import reports from './reports';
import reportCounts from './report-counts';
import reportFlow from './report-flow';
import reportSummary from './report-summary';
import reportReminders from './report-reminders';
import reportActions from './report-actions';
import reportExports from './report-exports';
import mediaScope from './media-scope';
import databaseOutage from './database-outage';
import readiness from './readiness';
import siteTokens from './site-tokens';
import { publicReads } from '../public-reads';

const services = {
  slug,
  'admin-labels': adminLabels,
  'unit-tree': unitTree,
  'unit-scope': unitScope,
  conditions,
  'default-roles': defaultRoles,
  'role-guard': roleGuard,
  site,
  audit,
  'audit-export': auditExport,
  review,
  'review-queue': reviewQueue,
  scheduler,
  feeds,
  calendar,
  'social-queue': socialQueue,
  webhooks,
  airtime,
  rundown,
  'rundown-package': rundownPackage,
  speech,
  reports,
  'report-counts': reportCounts,
  'report-flow': reportFlow,
  'report-summary': reportSummary,
  'report-reminders': reportReminders,
  'report-actions': reportActions,
  'report-exports': reportExports,
  'media-scope': mediaScope,
  'database-outage': databaseOutage,
  readiness,
  'site-tokens': siteTokens,
  ...publicReads.services,
};

export default services;
export type Services = typeof services;
