import openapi from './openapi';
import audit from './audit';
import review from './review';
import feeds from './feeds';
import socialQueue from './social-queue';
import radio from './radio';
import reports from './reports';
import readiness from './readiness';
import siteTokens from './site-tokens';

export default {
  openapi,
  audit,
  review,
  feeds,
  'social-queue': socialQueue,
  radio,
  reports,
  readiness,
  'site-tokens': siteTokens,
};
