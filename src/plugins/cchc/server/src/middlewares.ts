import { content, core, limits, metrics, publicReads, search, units } from './features';

export default {
  ...core.middlewares,
  ...content.middlewares,
  ...units.middlewares,
  ...publicReads.middlewares,
  ...search.middlewares,
  ...limits.middlewares,
  ...metrics.middlewares,
};
