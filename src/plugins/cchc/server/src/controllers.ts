import { audit, core, distribution, radio, reports, review, units } from './features';

export default {
  ...core.controllers,
  ...units.controllers,
  ...review.controllers,
  ...audit.controllers,
  ...distribution.controllers,
  ...radio.controllers,
  ...reports.controllers,
};
