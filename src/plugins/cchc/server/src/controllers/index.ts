import openapi from './openapi';

export default {
  openapi,
};
