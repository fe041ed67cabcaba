import { audit, core, distribution, radio, reports, review, search, units } from './features';

export default {
  ...core.controllers,
  ...units.controllers,
  ...review.controllers,
  ...audit.controllers,
  ...distribution.controllers,
  ...radio.controllers,
  ...reports.controllers,
  ...search.controllers,
};
