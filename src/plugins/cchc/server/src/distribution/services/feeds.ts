import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { getService } from '../../core/get-service';
import { APP_UIDS } from '../../core/constants';
import { parseInput } from '../../core/parse-input';
import { blocksToHtml, textToHtml } from '../../core/html';
import { pluginConfig, unitUidOf } from '../../core/plugin-config';
import { attributesOf } from '../../core/plugin-options';
import { reviewedTypeNamed, reviewedTypes } from '../../core/reviewed-types';
import { rowsOf } from '../../core/rows';

/** A feed carries one reviewed type, named as the `type` parameter names it (`article`). */
export type FeedType = string;

const slug = z.string().regex(/^[a-z0-9-]+$/, 'a slug such as xa-son-tay');

const feedQuerySchemaOf = (types: string[]) =>
  z.strictObject({
    site: slug.optional(),
    column: slug.optional(),
    topic: slug.optional(),
    type: z.enum(types).default(types.includes('article') ? 'article' : types[0]),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  });
export type FeedQuery = z.infer<ReturnType<typeof feedQuerySchemaOf>>;

export interface FeedImage {
  url: string;
  mime: string;
  bytes: number;
}

export interface FeedItem {
  /** Stable across edits and republishing: the documentId in a URN. */
  id: string;
  url: string;
  title: string;
  summary: string | null;
  html: string;
  published: Date;
  updated: Date;
  image: FeedImage | null;
  categories: string[];
  author: string | null;
}

export interface Feed {
  id: string;
  title: string;
  description: string;
  homeUrl: string;
  updated: Date;
  /** Who speaks in the feed when an item has no byline: the site's unit, or the system's title. */
  publisher: string;
  items: FeedItem[];
}

type Row = Record<string, unknown>;
export interface UnitRow {
  name?: string | null;
  slug?: string | null;
  websiteUrl?: string | null;
  itemUrlPattern?: string | null;
}

/** What an item's public address is made of; `unit` is the populated owning unit. */
export interface ItemUrlRow {
  documentId?: string;
  slug?: string | null;
  unit?: UnitRow | null;
}

/** A published document of a reviewed type, with the relations `build` populates. */
interface FeedRow extends ItemUrlRow {
  documentId: string;
  title?: string | null;
  summary?: string | null;
  description?: string | null;
  body?: unknown;
  script?: unknown;
  byline?: string | null;
  publishedAt: Date | string;
  updatedAt?: Date | string | null;
  cover?: { url: string; mime: string; size: number } | null;
  column?: { name: string } | null;
  topics?: Array<{ name: string }> | null;
}

const absolute = (url: string, baseUrl: string) =>
  /^https?:\/\//.test(url) ? url : `${baseUrl.replace(/\/$/, '')}${url}`;

const fill = (pattern: string, values: Record<string, string | undefined>) =>
  pattern.replace(/\{(type|slug|documentId|site)\}/g, (_, key: string) =>
    encodeURIComponent(values[key] ?? '')
  );

/**
 * What the feeds carry: a type's published items, on a site (its own plus what the levels above
 * shared) or everywhere, in a column or topic, newest first. Drafts never: the query asks for
 * published rows whatever the request says.
 */
const feedsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let schema: ReturnType<typeof feedQuerySchemaOf> | undefined;
  return {
    /** The query a feed takes: its `type` names one of the reviewed types. */
    querySchema() {
      schema ??= feedQuerySchemaOf(reviewedTypes(strapi).map((type) => type.name));
      return schema;
    },

    parse(query: unknown): FeedQuery {
      return parseInput(this.querySchema(), query, 'Tham số');
    },

    /** The content type a parsed query's `type` names. */
    uidOf(query: FeedQuery): UID.ContentType {
      const uid = reviewedTypeNamed(strapi, query.type);
      if (!uid) {
        throw new errors.ValidationError(`Tham số không hợp lệ: type: ${query.type}`);
      }
      return uid;
    },

    async build(query: FeedQuery, baseUrl: string): Promise<Feed> {
      const uid = this.uidOf(query);
      const model = strapi.contentTypes[uid];
      const attributes = attributesOf(model);
      const config = pluginConfig(strapi);

      const filters: Row[] = [];
      const site = query.site ? await this.unit(query.site) : null;
      if (query.site) {
        filters.push(await getService(strapi, 'site').filtersFor(uid, query.site));
      }
      const has = (field: string) => field in attributes;
      for (const [parameter, field, target] of [
        ['column', 'column', APP_UIDS.column],
        ['topic', 'topics', APP_UIDS.topic],
      ] as const) {
        const slug = query[parameter];
        if (!slug) {
          continue;
        }
        if (!has(field)) {
          throw new errors.ValidationError(`"${parameter}" không áp dụng cho loại ${query.type}.`);
        }
        await this.mustExist(target, slug, parameter);
        filters.push({ [field]: { slug } });
      }

      const populate: Row = {
        unit: { fields: ['name', 'slug', 'itemUrlPattern'] },
        ...(has('topics') && { topics: { fields: ['name', 'slug'] } }),
        ...(has('column') && { column: { fields: ['name', 'slug'] } }),
        ...(has('cover') && { cover: { fields: ['url', 'mime', 'size'] } }),
      };
      const rows = (await strapi.documents(uid).findMany({
        status: 'published',
        filters: filters.length > 0 ? { $and: filters } : undefined,
        sort: [{ publishedAt: 'desc' }, { id: 'desc' }],
        populate,
        limit: query.limit,
      })) as FeedRow[];

      const items = rows.map((row) => this.item(query.type, row, site, baseUrl));
      const typeLabel = model.info.displayName;
      const publisher = site?.name ?? config.feeds.title;
      return {
        id: `urn:cchc:feed:${query.type}:${query.site ?? 'all'}:${query.column ?? ''}:${query.topic ?? ''}`,
        title: `${typeLabel} — ${publisher}`,
        description: `${typeLabel} ${site ? `trên trang ${site.name}` : 'của mọi đơn vị'}: ${config.feeds.title}.`,
        homeUrl: site?.websiteUrl ?? baseUrl,
        updated: items.reduce(
          (latest, item) => (item.published > latest ? item.published : latest),
          new Date(0)
        ),
        publisher,
        items,
      };
    },

    item(type: FeedType, row: FeedRow, site: UnitRow | null, baseUrl: string): FeedItem {
      const body = row.body ?? row.script ?? row.description;
      const { cover, column } = row;
      const topics = row.topics ?? [];
      const summary = row.summary ?? row.description;
      return {
        id: `urn:cchc:${type}:${row.documentId}`,
        url: this.itemUrl(type, row, site),
        title: String(row.title ?? ''),
        summary: summary && summary !== body ? summary : null,
        html: Array.isArray(body) ? blocksToHtml(body) : textToHtml(String(body ?? '')),
        published: new Date(row.publishedAt),
        updated: new Date(row.updatedAt ?? row.publishedAt),
        image: cover
          ? {
              url: absolute(cover.url, baseUrl),
              mime: cover.mime,
              bytes: Math.round(cover.size * 1024),
            }
          : null,
        categories: [...(column ? [column.name] : []), ...topics.map((topic) => topic.name)],
        author: row.byline || null,
      };
    },

    /** The item's public address: the site's URL pattern, else its unit's, else the configured one. */
    itemUrl(type: FeedType, row: ItemUrlRow, site: UnitRow | null) {
      const unit = row.unit ?? null;
      const pattern =
        site?.itemUrlPattern || unit?.itemUrlPattern || pluginConfig(strapi).feeds.defaultItemUrl;
      const { documentId } = row;
      return fill(pattern, {
        type,
        slug: row.slug ?? documentId,
        documentId,
        site: site?.slug ?? unit?.slug ?? '',
      });
    },

    async unit(slugValue: string): Promise<UnitRow> {
      const unit = await rowsOf<UnitRow>(strapi, unitUidOf(strapi)).findOne({
        where: { slug: slugValue },
        select: ['name', 'slug', 'websiteUrl', 'itemUrlPattern'],
      });
      if (!unit) {
        throw new errors.ValidationError(`Không có đơn vị nào có đường dẫn "${slugValue}" (site).`);
      }
      return unit;
    },

    async mustExist(uid: UID.ContentType, slugValue: string, parameter: string) {
      if ((await rowsOf(strapi, uid).count({ where: { slug: slugValue } })) === 0) {
        throw new errors.ValidationError(`Không có ${parameter} nào có đường dẫn "${slugValue}".`);
      }
    },
  };
};

export default feedsService;
export type FeedsService = ReturnType<typeof feedsService>;
