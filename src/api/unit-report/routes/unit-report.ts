import { factories } from '@strapi/strapi';

// Reports are internal: over the Content API only a full-access API token may touch them,
// whatever permissions a role or a read-only token carries.
const internal = { policies: ['plugin::cchc.full-access-token-only'] };

export default factories.createCoreRouter('api::unit-report.unit-report', {
  config: {
    find: internal,
    findOne: internal,
    create: internal,
    update: internal,
    delete: internal,
  },
});
