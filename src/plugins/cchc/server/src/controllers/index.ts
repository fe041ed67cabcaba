import openapi from './openapi';
import audit from './audit';

export default {
  openapi,
  audit,
};
