import site from './site';
import requestId from './request-id';
import draftByDefault from './draft-by-default';
import inputGuard from './input-guard';
import databaseOutage from './database-outage';

export default {
  site,
  'request-id': requestId,
  'draft-by-default': draftByDefault,
  'input-guard': inputGuard,
  'database-outage': databaseOutage,
};
