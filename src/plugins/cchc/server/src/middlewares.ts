import { content, core, publicReads, units } from './features';

export default {
  ...core.middlewares,
  ...content.middlewares,
  ...units.middlewares,
  ...publicReads.middlewares,
};
