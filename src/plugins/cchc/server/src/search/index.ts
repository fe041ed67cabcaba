import type { Core } from '@strapi/strapi';
import searchService from './services/search';
import searchIndex from './services/search-index';
import searchController from './controllers/search';
import searchSync from './document-middlewares/search-sync';
import foldedQuery from './document-middlewares/folded-q';
import listQuery from './http/list-query';
import { registerSearchGraphql } from './graphql';
import type { PluginRoute } from '../core/route-table';

// public like the sites: only published items are ever read
const publicRoute = (path: string, handler: string): PluginRoute => ({
  method: 'GET',
  path,
  handler,
  config: { auth: false, policies: [], prefix: '' },
});

/** Vietnamese search over what the sites show: folded words, ranked, highlighted. */
export const search = {
  services: { search: searchService, 'search-index': searchIndex },
  controllers: { search: searchController },
  middlewares: { 'list-query': listQuery },
  documentMiddlewares: { searchSync, foldedQuery },
  routes: {
    contentApi: [
      publicRoute('/search', 'search.find'),
      publicRoute('/search/suggest', 'search.suggest'),
    ],
    admin: [] as PluginRoute[],
  },
  register(strapi: Core.Strapi) {
    if (strapi.plugin('graphql')) {
      registerSearchGraphql(strapi);
    }
  },
};
