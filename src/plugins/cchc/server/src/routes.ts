import { FEATURES } from './features';
import type { PluginRoute } from './core/route-table';

const routesOf = (kind: 'contentApi' | 'admin') =>
  FEATURES.flatMap((feature): PluginRoute[] => ('routes' in feature ? feature.routes[kind] : []));

export default {
  'content-api': { type: 'content-api' as const, routes: routesOf('contentApi') },
  admin: { type: 'admin' as const, routes: routesOf('admin') },
};
