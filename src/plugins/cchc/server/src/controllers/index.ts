import openapi from './openapi';
import audit from './audit';
import review from './review';
import feeds from './feeds';

export default {
  openapi,
  audit,
  review,
  feeds,
};
