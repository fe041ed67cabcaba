import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { APP_UIDS, SOCIAL_POST_UID } from '../../core/constants';
import {
  isMetric,
  zeroCounts,
  type Counts,
  type Metric,
  type SourceKind,
  type SourceList,
  type Sources,
} from '../metrics';
import { addDays } from '../period';
import { withZone } from '../../core/local-time';
import { pluginConfig } from '../../core/plugin-config';

const ARTICLE = APP_UIDS.article;
const LEAFLET = APP_UIDS.leaflet;
const TRAINING = APP_UIDS.training;
const RUNDOWN = APP_UIDS.rundownItem;
const AIRED = ['aired', 'partly_aired'];
/** Items kept as evidence per activity; the counts themselves are never capped. */
const SOURCE_LIMIT = 500;

export interface CountWindow {
  /** first day, YYYY-MM-DD, local */
  start: string;
  /** last day, YYYY-MM-DD, local, inclusive */
  end: string;
  /** trainings that have not started by now have not been held */
  now: Date;
}

export const SOURCE_OF: Record<Metric, SourceKind> = {
  articles: 'articles',
  broadcasts: 'broadcasts',
  broadcastMinutes: 'broadcasts',
  leafletsPrinted: 'leaflets',
  leafletsDistributed: 'leaflets',
  trainings: 'trainings',
  participants: 'trainings',
  socialPosts: 'socialPosts',
};

type Row = Record<string, unknown>;

interface Source {
  uid: string;
  /** the relation naming the unit the item counts for */
  owner: string;
  /** restricts the rows to those that count in the window */
  where(qb: Knex.QueryBuilder, c: (attribute: string) => string, w: Bounds): void;
  /** aggregate columns, alias → SQL over the item table `t` */
  aggregates: Record<string, string>;
  title: string;
  at: string;
  values: string[];
}

interface Bounds {
  from: Date;
  to: Date;
  start: string;
  end: string;
  now: Date;
}

const published = (
  qb: Knex.QueryBuilder,
  c: (a: string) => string,
  w: Bounds,
  at = 'publishedAt'
) => qb.whereNotNull(c('publishedAt')).where(c(at), '>=', w.from).where(c(at), '<', w.to);

/**
 * What counts for a unit in a period, read from the system's own data:
 * - articles: published versions of the unit's articles whose publication falls in the period;
 * - broadcasts and minutes: the unit's stations' rundown items logged aired or partly aired on a
 *   day of the period, minutes from the seconds aired (the planned length when none was logged);
 * - leaflets printed and distributed: copies of the unit's leaflets published in the period;
 * - trainings and participants: the unit's published trainings that started in the period, by now;
 * - social posts: posts on the unit's channels marked posted in the period.
 * Drafts, other units' items and items outside the period never count.
 */
export const SOURCES: Record<SourceKind, Source> = {
  articles: {
    uid: ARTICLE,
    owner: 'unit',
    where: (qb, c, w) => published(qb, c, w),
    aggregates: { articles: 'count(*)' },
    title: 'title',
    at: 'publishedAt',
    values: [],
  },
  broadcasts: {
    uid: RUNDOWN,
    owner: 'unit',
    where: (qb, c, w) =>
      qb
        .whereIn(c('airStatus'), AIRED)
        .where(c('airDate'), '>=', w.start)
        .where(c('airDate'), '<=', w.end),
    aggregates: {
      broadcasts: 'count(*)',
      broadcastSeconds: 'sum(coalesce({airedSeconds}, {plannedSeconds}, 0))',
    },
    title: 'title',
    at: 'airDate',
    values: ['airedSeconds', 'plannedSeconds'],
  },
  leaflets: {
    uid: LEAFLET,
    owner: 'unit',
    where: (qb, c, w) => published(qb, c, w),
    aggregates: {
      leafletsPrinted: 'sum(coalesce({copiesPrinted}, 0))',
      leafletsDistributed: 'sum(coalesce({copiesDistributed}, 0))',
    },
    title: 'title',
    at: 'publishedAt',
    values: ['copiesPrinted', 'copiesDistributed'],
  },
  trainings: {
    uid: TRAINING,
    owner: 'unit',
    where: (qb, c, w) =>
      qb
        .whereNotNull(c('publishedAt'))
        .where(c('startsAt'), '>=', w.from)
        .where(c('startsAt'), '<', w.to < w.now ? w.to : w.now),
    aggregates: {
      trainings: 'count(*)',
      participants: 'sum(coalesce({participantsActual}, 0))',
    },
    title: 'title',
    at: 'startsAt',
    values: ['participantsActual'],
  },
  socialPosts: {
    uid: SOCIAL_POST_UID,
    owner: 'unit',
    where: (qb, c, w) =>
      qb
        .where(c('status'), 'posted')
        .where(c('postedAt'), '>=', w.from)
        .where(c('postedAt'), '<', w.to),
    aggregates: { socialPosts: 'count(*)' },
    title: 'summary',
    at: 'postedAt',
    values: [],
  },
};

const reportCountsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const columnOf = (uid: string) => (name: string) => {
    const attribute = meta(uid).attributes[name];
    return `t.${('columnName' in attribute ? attribute.columnName : undefined) ?? name}`;
  };
  const ownerLink = (uid: string, owner: string) => {
    const attribute = meta(uid).attributes[owner];
    const joinTable = 'joinTable' in attribute ? attribute.joinTable : undefined;
    if (!joinTable || !('inverseJoinColumn' in joinTable)) {
      throw new Error(`${uid}.${owner} is not a relation with a join table`);
    }
    return {
      table: joinTable.name,
      item: joinTable.joinColumn.name,
      unit: joinTable.inverseJoinColumn.name,
    };
  };

  const bounds = ({ start, end, now }: CountWindow): Bounds => {
    const zone = pluginConfig(strapi).timeZone;
    return {
      from: new Date(String(withZone(`${start}T00:00:00`, zone))),
      to: new Date(String(withZone(`${addDays(end, 1)}T00:00:00`, zone))),
      start,
      end,
      now,
    };
  };

  /** The source's rows joined to their unit, restricted to the window and the units. */
  const base = (knex: Knex, source: Source, unitIds: number[], w: Bounds) => {
    const link = ownerLink(source.uid, source.owner);
    const c = columnOf(source.uid);
    const qb = knex({ t: meta(source.uid).tableName })
      .join({ l: link.table }, `l.${link.item}`, 't.id')
      .whereIn(`l.${link.unit}`, unitIds);
    source.where(qb, c, w);
    return { qb, c, unitColumn: `l.${link.unit}` };
  };

  const aggregate = (knex: Knex, source: Source, c: (a: string) => string, sql: string) =>
    knex.raw(sql.replace(/\{(\w+)\}/g, (_, attribute: string) => c(attribute)));

  return {
    /** Counts per unit for the window, one grouped query per kind of activity. */
    async countsFor(unitIds: number[], window: CountWindow): Promise<Map<number, Counts>> {
      const result = new Map(unitIds.map((id) => [id, zeroCounts()]));
      if (unitIds.length === 0) {
        return result;
      }
      const w = bounds(window);
      await strapi.db.transaction(async ({ trx }) => {
        for (const source of Object.values(SOURCES)) {
          const { qb, c, unitColumn } = base(trx, source, unitIds, w);
          const rows: Row[] = await qb
            .select({ unitId: unitColumn })
            .select(
              Object.fromEntries(
                Object.entries(source.aggregates).map(([alias, sql]) => [
                  alias,
                  aggregate(trx, source, c, sql),
                ])
              )
            )
            .groupBy(unitColumn);
          for (const row of rows) {
            const counts = result.get(Number(row.unitId));
            if (!counts) {
              continue;
            }
            for (const alias of Object.keys(source.aggregates)) {
              const value = Number(row[alias] ?? 0);
              if (alias === 'broadcastSeconds') {
                counts.broadcastMinutes = Math.round(value / 60);
              } else if (isMetric(alias)) {
                counts[alias] = value;
              }
            }
          }
        }
      });
      return result;
    },

    /** The items behind one unit's counts, newest first, as evidence. */
    async sourcesFor(unitId: number, window: CountWindow): Promise<Sources> {
      const w = bounds(window);
      return strapi.db.transaction(async ({ trx }) => {
        const listOf = async (kind: SourceKind): Promise<SourceList> => {
          const source = SOURCES[kind];
          const { qb, c } = base(trx, source, [unitId], w);
          const rows: Row[] = await qb
            .select({
              documentId: c('documentId'),
              title: c(source.title),
              at: c(source.at),
              ...Object.fromEntries(source.values.map((v) => [v, c(v)])),
            })
            .orderBy(c(source.at), 'desc')
            .orderBy('t.id', 'desc')
            .limit(SOURCE_LIMIT + 1);
          return {
            uid: source.uid,
            truncated: rows.length > SOURCE_LIMIT,
            items: rows.slice(0, SOURCE_LIMIT).map((row) => ({
              documentId: String(row.documentId),
              title: String(row.title ?? ''),
              at: instantOf(row.at),
              ...(source.values.length > 0
                ? {
                    values: Object.fromEntries(source.values.map((v) => [v, Number(row[v] ?? 0)])),
                  }
                : {}),
            })),
          };
        };
        return {
          articles: await listOf('articles'),
          broadcasts: await listOf('broadcasts'),
          leaflets: await listOf('leaflets'),
          trainings: await listOf('trainings'),
          socialPosts: await listOf('socialPosts'),
        };
      });
    },
  };
};

/** Datetimes come back as Date (PostgreSQL) or epoch milliseconds (SQLite); dates as text. */
const instantOf = (value: unknown): string | null => {
  if (value === null || value === undefined) {
    return null;
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'number' || /^\d+$/.test(String(value))) {
    return new Date(Number(value)).toISOString();
  }
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : new Date(text).toISOString();
};

export default reportCountsService;
export type ReportCountsService = ReturnType<typeof reportCountsService>;
