import type { Core, Schema } from '@strapi/strapi';
import type * as Nexus from 'nexus';
import { getService } from '../core/get-service';
import type { SearchHit } from './services/search';
import { searchTypes } from './search-types';

interface Naming {
  getTypeName(ct: Schema.ContentType): string;
}

type Args = Record<string, unknown>;

/** The GraphQL arguments as the REST parameters name them. */
const restQuery = ({ types, ...args }: Args) => {
  const query: Args = {};
  for (const [name, value] of Object.entries(args)) {
    if (value !== null && value !== undefined) {
      query[name] = value;
    }
  }
  if (Array.isArray(types) && types.length > 0) {
    query.type = types;
  }
  return query;
};

const typeNames = new WeakMap<object, string>();

const objectTypes = (nexus: typeof Nexus, members: string[]) => [
  nexus.objectType({
    name: 'SearchHighlight',
    definition(t) {
      t.nonNull.string('title', {
        description: 'The title, HTML-escaped, matched words in <mark>',
      });
      t.string('snippet', { description: 'A passage around the first match, the same way' });
    },
  }),
  nexus.objectType({
    name: 'SearchUnit',
    definition(t) {
      t.nonNull.string('name');
      t.nonNull.string('slug');
    },
  }),
  nexus.unionType({
    name: 'SearchItem',
    definition(t) {
      t.members(...members);
    },
    resolveType: (item: object) => typeNames.get(item) ?? null,
  }),
  nexus.objectType({
    name: 'SearchSuggestion',
    definition(t) {
      t.nonNull.string('title');
      t.nonNull.string('highlight');
      t.nonNull.string('type');
      t.nonNull.id('documentId');
    },
  }),
];

const searchArgs = (nexus: typeof Nexus) => ({
  q: nexus.nonNull(nexus.stringArg({ description: 'từ cần tìm, có dấu hoặc không dấu' })),
  site: nexus.stringArg({ description: 'mã (slug) trang của đơn vị, ví dụ xa-son-tay' }),
  types: nexus.list(
    nexus.nonNull(nexus.stringArg({ description: 'article, leaflet, broadcast-script, training' }))
  ),
  column: nexus.stringArg({ description: 'mã (slug) chuyên mục' }),
  topic: nexus.stringArg({ description: 'mã (slug) chuyên đề' }),
  from: nexus.stringArg({ description: 'first day, YYYY-MM-DD' }),
  to: nexus.stringArg({ description: 'last day, YYYY-MM-DD' }),
  sort: nexus.stringArg({ description: 'relevance (default) or newest' }),
  page: nexus.intArg(),
  pageSize: nexus.intArg(),
});

type ItemOf = (hit: SearchHit) => Promise<unknown>;

const hitTypes = (nexus: typeof Nexus, item: ItemOf) => [
  nexus.objectType({
    name: 'SearchHit',
    definition(t) {
      t.nonNull.string('type');
      t.nonNull.id('documentId');
      t.nonNull.string('title');
      t.string('slug');
      t.nonNull.string('url');
      t.nonNull.string('publishedAt');
      t.nonNull.int('score');
      t.nonNull.field('highlight', { type: 'SearchHighlight' });
      t.field('unit', { type: 'SearchUnit' });
      t.field('item', { type: 'SearchItem', resolve: (hit) => item(hit as SearchHit) });
    },
  }),
  // as Strapi's own `articles` / `articles_connection`: a list, and nodes with Strapi's Pagination
  nexus.objectType({
    name: 'SearchHitConnection',
    definition(t) {
      t.nonNull.list.nonNull.field('nodes', { type: 'SearchHit' });
      t.nonNull.field('pageInfo', { type: 'Pagination' });
      t.nonNull.boolean('approximate', {
        description: 'true when no item held every word and the hits are close titles (typos)',
      });
    },
  }),
];

const queryFields = (nexus: typeof Nexus, strapi: Core.Strapi) =>
  nexus.extendType({
    type: 'Query',
    definition(t) {
      const search = (args: Args) => getService(strapi, 'search').search(restQuery(args));
      t.nonNull.list.nonNull.field('search', {
        description:
          'Tìm nội dung đã xuất bản (có dấu hoặc không dấu), xếp theo mức liên quan; như GET /api/search. ' +
          'Search published content, accents optional, ranked.',
        type: 'SearchHit',
        args: searchArgs(nexus),
        resolve: async (_parent, args) => (await search(args)).data,
      });
      t.nonNull.field('search_connection', {
        description: 'Như `search`, kèm pageInfo (tổng số, trang). Search with pageInfo.',
        type: 'SearchHitConnection',
        args: searchArgs(nexus),
        resolve: async (_parent, args) => {
          const { data, meta } = await search(args);
          return { nodes: data, pageInfo: meta.pagination, approximate: meta.approximate };
        },
      });
      t.nonNull.list.nonNull.field('searchSuggestions', {
        description: 'Tối đa 8 tiêu đề gợi ý khi đang gõ. Up to 8 titles for a search box.',
        type: 'SearchSuggestion',
        args: {
          q: nexus.nonNull(nexus.stringArg()),
          site: nexus.stringArg({ description: 'mã (slug) trang của đơn vị, ví dụ xa-son-tay' }),
          types: nexus.list(nexus.nonNull(nexus.stringArg())),
        },
        resolve: async (_parent, args) =>
          (await getService(strapi, 'search').suggest(restQuery(args))).data,
      });
    },
  });

/**
 * `search(q:, site:, types:, …)` → hits with score, highlight and the item itself (a union of
 * the searched types), `search_connection` with Strapi's `pageInfo`, and `searchSuggestions(q:)`:
 * the same service as the REST routes.
 */
export const registerSearchGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  graphql.service('extension').use(({ nexus }: { nexus: typeof Nexus }) => {
    const naming = graphql.service('utils').naming as Naming;
    const models = searchTypes(strapi).map(
      (type) =>
        strapi.contentTypes[type.uid as keyof typeof strapi.contentTypes] as Schema.ContentType
    );
    const item: ItemOf = async (hit) => {
      const model = models.find((candidate) => candidate.info.singularName === hit.type);
      if (!model) {
        return null;
      }
      const found = await strapi
        .documents(model.uid)
        .findOne({ documentId: hit.documentId, status: 'published' });
      if (found) {
        typeNames.set(found, naming.getTypeName(model));
      }
      return found;
    };
    return {
      types: [
        ...objectTypes(
          nexus,
          models.map((model) => naming.getTypeName(model))
        ),
        ...hitTypes(nexus, item),
        queryFields(nexus, strapi),
      ],
      resolversConfig: {
        'Query.search': { auth: false },
        'Query.search_connection': { auth: false },
        'Query.searchSuggestions': { auth: false },
      },
    };
  });
};
