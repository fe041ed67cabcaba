import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { APP_UIDS } from '../../core/constants';
import { getService } from '../../core/get-service';
import { pluginConfig } from '../../core/plugin-config';
import { and, or, TRUE, type Condition } from '../../public-reads/read-model/condition';
import { highlight, snippet } from '../highlight';
import { fieldText } from '../index-rows';
import { estimatedRows, hasTrigrams, isSqlite } from '../index-table';
import { parseSearchText, type SearchTerms } from '../search-query';
import {
  dayBoundary,
  parseSearchQuery,
  parseSuggestQuery,
  type SuggestQueryInput,
} from '../search-input';
import {
  countStatement,
  hitsStatement,
  MAX_CANDIDATES,
  similarCountStatement,
  similarHitsStatement,
  suggestStatement,
  type Reach,
  type SearchPlan,
  type SearchSort,
  WINDOW_ROWS,
} from '../search-sql';
import { searchTypeOfKey, searchTypes, type SearchType } from '../search-types';
import { rowsOf } from '../../core/rows';

type Row = Record<string, unknown>;

interface HitRow {
  content_type: string;
  row_id: number;
  document_id: string;
  published_at: unknown;
  score: number | string;
}

export interface SearchHit {
  type: string;
  documentId: string;
  title: string;
  slug: string | null;
  url: string;
  publishedAt: string;
  score: number;
  highlight: { title: string; snippet: string | null };
  unit: { name: string; slug: string } | null;
}

export interface SearchAnswer {
  data: SearchHit[];
  meta: {
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    /** true when nothing held every word and the hits are titles close to them (typos) */
    approximate: boolean;
    /** true when more items match than the newest MAX_CANDIDATES that are ranked and counted */
    totalCapped: boolean;
  };
}

const badParameter = (message: string) => new errors.ValidationError(message);

/**
 * Public search over the published items of the searched types: words folded (marks, `đ`,
 * case), ranked by where they are found, on a site as the site shows items.
 */
const searchService = ({ strapi }: { strapi: Core.Strapi }) => {
  let trigrams: Promise<boolean> | undefined;
  const knex = () => strapi.db.connection;

  const typesNamed = (names: string[] | undefined): SearchType[] => {
    const all = searchTypes(strapi);
    if (!names || names.length === 0) {
      return all;
    }
    return names.map((name) => {
      const type = all.find((candidate) => candidate.key === name);
      if (!type) {
        throw badParameter(
          `Tham số không hợp lệ: type: "${name}" (một trong ${all.map((t) => t.key).join(', ')}).`
        );
      }
      return type;
    });
  };

  const siteCondition = async (site: string | undefined): Promise<Condition> => {
    if (!site) {
      return TRUE;
    }
    const { own, above } = await getService(strapi, 'site').unitsFor(site);
    const sharedAbove = and([
      { op: 'compare', column: 'shared', comparison: '=', value: 1 },
      { op: 'unit', ids: above },
    ]);
    return above.length > 0
      ? or([{ op: 'unit', ids: own }, sharedAbove])
      : { op: 'unit', ids: own };
  };

  const linkCondition = async (
    field: string,
    uid: string,
    slug: string | undefined,
    what: string
  ) => {
    if (!slug) {
      return TRUE;
    }
    const row = await rowsOf<{ id: number }>(strapi, uid).findOne({
      where: { slug },
      select: ['id'],
    });
    if (!row) {
      throw badParameter(`Không có ${what} nào có đường dẫn "${slug}".`);
    }
    return { op: 'link', field, ids: [row.id] } satisfies Condition;
  };

  const planOf = async (
    terms: SearchTerms,
    input: { site?: string; type?: string[]; column?: string; topic?: string },
    range: { from: Date | null; to: Date | null } = { from: null, to: null }
  ): Promise<SearchPlan> => ({
    terms,
    keys: typesNamed(input.type).map((type) => type.key),
    allTypes: !input.type || input.type.length === 0,
    condition: and([
      await siteCondition(input.site),
      await linkCondition('column', APP_UIDS.column, input.column, 'chuyên mục'),
      await linkCondition('topics', APP_UIDS.topic, input.topic, 'chủ đề'),
    ]),
    ...range,
  });

  /** The hits' items as the sites show them: title, slug, texts for the snippet, their unit. */
  const itemsOf = async (rows: HitRow[]) => {
    const items = new Map<string, Row>();
    for (const type of searchTypes(strapi)) {
      const ids = rows.filter((row) => row.content_type === type.key).map((row) => row.row_id);
      if (ids.length === 0) {
        continue;
      }
      const owner = pluginConfig(strapi).scopedTypes[type.uid];
      const found = await rowsOf<Row>(strapi, type.uid).findMany({
        where: { id: { $in: ids } },
        select: [
          'id',
          'documentId',
          'slug',
          'publishedAt',
          type.title,
          ...(type.summary ? [type.summary] : []),
          ...type.body,
        ],
        populate: owner ? { [owner]: { select: ['name', 'slug', 'itemUrlPattern'] } } : {},
      });
      for (const row of found) {
        items.set(`${type.key}:${row.id}`, { ...row, unit: owner ? row[owner] : null });
      }
    }
    return items;
  };

  const hitOf = (row: HitRow, item: Row, terms: SearchTerms, site: Row | null): SearchHit => {
    const type = searchTypeOfKey(strapi, row.content_type) as SearchType;
    const title = fieldText(type, item, type.title);
    const unit = (item.unit ?? null) as { name: string; slug: string } | null;
    return {
      type: type.key,
      documentId: row.document_id,
      title,
      slug: (item.slug as string | null) ?? null,
      url: getService(strapi, 'feeds').itemUrl(type.key, item, site),
      publishedAt: new Date(item.publishedAt as string).toISOString(),
      score: Number(row.score),
      highlight: {
        title: highlight(title, terms.terms),
        snippet: snippet(
          [
            fieldText(type, item, type.summary),
            ...type.body.map((field) => fieldText(type, item, field)),
          ],
          terms.terms
        ),
      },
      unit: unit ? { name: unit.name, slug: unit.slug } : null,
    };
  };

  const counted = async (statement: PromiseLike<unknown>) =>
    Number(((await statement) as Array<{ n: number | string }>)[0]?.n ?? 0);

  let sized: { large: boolean; until: number } | undefined;
  /** PostgreSQL with more rows than the window: below that the index alone is quicker. */
  const windowWorthReading = async () => {
    if (isSqlite(knex())) {
      return false;
    }
    if (!sized || sized.until < Date.now()) {
      const rows = await estimatedRows(knex());
      sized = { large: rows < 0 || rows > WINDOW_ROWS, until: Date.now() + 60_000 };
    }
    return sized.large;
  };

  /**
   * How many rows match, and where to read them: on PostgreSQL the newest rows in index order
   * when they hold enough matches, the full-text index otherwise (few matches).
   */
  const matchCount = async (plan: SearchPlan): Promise<{ total: number; reach: Reach }> => {
    if (await windowWorthReading()) {
      const total = await counted(countStatement(knex(), plan, 'window'));
      if (total >= MAX_CANDIDATES) {
        return { total, reach: 'window' };
      }
    }
    return { total: await counted(countStatement(knex(), plan)), reach: 'all' };
  };

  return {
    async search(query: unknown): Promise<SearchAnswer> {
      const input = parseSearchQuery(query);
      const terms = parseSearchText(input.q);
      const { timeZone, search } = pluginConfig(strapi);
      const range = {
        from: input.from ? dayBoundary(input.from, timeZone, false) : null,
        to: input.to ? dayBoundary(input.to, timeZone, true) : null,
      };
      const plan = await planOf(terms, input, range);
      const sort: SearchSort = input.sort ?? search.defaultSort;
      const page = { offset: (input.page - 1) * input.pageSize, limit: input.pageSize, sort };
      let approximate = false;
      const counting = await matchCount(plan);
      let total = counting.total;
      const { reach } = counting;
      let rows = (total > 0 ? await hitsStatement(knex(), plan, page, reach) : []) as HitRow[];
      if (total === 0 && (await (trigrams ??= hasTrigrams(knex())))) {
        total = await counted(similarCountStatement(knex(), plan));
        rows = (total > 0 ? await similarHitsStatement(knex(), plan, page) : []) as HitRow[];
        approximate = total > 0;
      }
      const items = await itemsOf(rows);
      const site = input.site
        ? ((await getService(strapi, 'feeds').unit(input.site)) as Row)
        : null;
      const data = rows
        .map((row) => ({ row, item: items.get(`${row.content_type}:${row.row_id}`) }))
        .filter((found): found is { row: HitRow; item: Row } => Boolean(found.item))
        .map(({ row, item }) => hitOf(row, item, terms, site));
      return {
        data,
        meta: {
          pagination: {
            page: input.page,
            pageSize: input.pageSize,
            pageCount: Math.ceil(total / input.pageSize),
            total,
          },
          approximate,
          totalCapped: total >= MAX_CANDIDATES,
        },
      };
    },

    /** Up to 8 titles for a search box, the words typed as a phrase. */
    async suggest(query: unknown) {
      const input: SuggestQueryInput = parseSuggestQuery(query);
      const terms = parseSearchText(input.q);
      const plan = await planOf(terms, input);
      // twice as many: the same title published twice is suggested once
      const rows = (await suggestStatement(knex(), plan, input.limit * 2)) as Array<{
        title: string;
        content_type: string;
        document_id: string;
      }>;
      const distinct = rows.filter(
        (row, index) => rows.findIndex((other) => other.title === row.title) === index
      );
      return {
        data: distinct.slice(0, input.limit).map((row) => ({
          title: row.title,
          highlight: highlight(row.title, terms.terms),
          type: row.content_type,
          documentId: row.document_id,
        })),
      };
    },
  };
};

export default searchService;
export type SearchService = ReturnType<typeof searchService>;
