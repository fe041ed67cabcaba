import slug from './slug';
import adminLabels from './admin-labels';

const services = {
  slug,
  'admin-labels': adminLabels,
};

export default services;
export type Services = typeof services;
