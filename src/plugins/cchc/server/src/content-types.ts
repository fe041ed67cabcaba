import { audit, distribution, radio, reports, review, units } from './features';

export default {
  ...units.contentTypes,
  ...audit.contentTypes,
  ...review.contentTypes,
  ...distribution.contentTypes,
  ...radio.contentTypes,
  ...reports.contentTypes,
};
