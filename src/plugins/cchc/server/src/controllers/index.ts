import openapi from './openapi';
import audit from './audit';
import review from './review';

export default {
  openapi,
  audit,
  review,
};
