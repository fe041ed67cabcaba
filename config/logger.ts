/** Log level from the environment (LOG_LEVEL=warn keeps tests and scripts quiet); Strapi's own format. */
export default {
  level: process.env.LOG_LEVEL ?? 'http',
};
