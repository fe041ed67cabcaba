import filterShape from './filter-shape';
import publishedOnly from './published-only';
import siteFilter from './site-filter';
import unitScope from './unit-scope';
import unitTree from './unit-tree';
import slug from './slug';
import dateOrder from './date-order';
import draftRules from './draft-rules';
import airtime from './airtime';
import rundown from './rundown';
import schedule from './schedule';
import review from './review';
import socialQueue from './social-queue';
import webhooks from './webhooks';
import audit from './audit';
import unitReport from './unit-report';
import siteToken from './site-token';
import { publicReads } from '../public-reads';

const { cacheGuard, fastLists, readModelSync } = publicReads.documentMiddlewares;

/** Read-time and write-time rules, in the order they run. */
export default {
  'filter-shape': filterShape,
  'published-only': publishedOnly,
  'cache-guard': cacheGuard,
  'site-filter': siteFilter,
  // after site-filter: a site's lists are answered from the read model too
  'fast-lists': fastLists,
  // before unit-scope: an item belongs to its station's unit, which the scope then checks
  rundown,
  'unit-scope': unitScope,
  'unit-tree': unitTree,
  slug,
  // before date-order: it reads times without an offset in the configured zone
  schedule,
  'date-order': dateOrder,
  'draft-rules': draftRules,
  // after unit-scope: the unit a report is for has been checked against the editor's
  'unit-report': unitReport,
  'site-token': siteToken,
  airtime,
  review,
  'social-queue': socialQueue,
  webhooks,
  // the read model changes in the transaction of the write that publishes
  'read-model-sync': readModelSync,
  // last: it records only what every rule above let through
  audit,
};
