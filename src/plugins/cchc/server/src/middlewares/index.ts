import site from './site';
import requestId from './request-id';
import draftByDefault from './draft-by-default';
import inputGuard from './input-guard';
import databaseOutage from './database-outage';
import jsonErrors from './json-errors';
import formFieldsGuard from './form-fields-guard';
import databaseInputErrors from './database-input-errors';
import { publicReads } from '../public-reads';

export default {
  site,
  'request-id': requestId,
  'draft-by-default': draftByDefault,
  'input-guard': inputGuard,
  'database-outage': databaseOutage,
  'json-errors': jsonErrors,
  'form-fields-guard': formFieldsGuard,
  'database-input-errors': databaseInputErrors,
  ...publicReads.middlewares,
};
