import site from './site';
import requestId from './request-id';

export default {
  site,
  'request-id': requestId,
};
