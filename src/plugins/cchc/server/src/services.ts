import {
  audit,
  content,
  core,
  distribution,
  metrics,
  publicReads,
  radio,
  reports,
  review,
  search,
  units,
} from './features';
import apiDocs from './api-docs';

/** The plugin's services, gathered from the features; keys are the names `getService` takes. */
const services = {
  ...core.services,
  ...content.services,
  ...units.services,
  ...review.services,
  ...audit.services,
  ...distribution.services,
  ...radio.services,
  ...reports.services,
  ...publicReads.services,
  ...search.services,
  ...metrics.services,
  'api-docs': apiDocs,
};

export default services;
export type Services = typeof services;
