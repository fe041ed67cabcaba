import { content, core, limits, publicReads, search, units } from './features';

export default {
  ...core.middlewares,
  ...content.middlewares,
  ...units.middlewares,
  ...publicReads.middlewares,
  ...search.middlewares,
  ...limits.middlewares,
};
