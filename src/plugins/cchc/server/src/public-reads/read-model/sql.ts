import type { Knex } from 'knex';
import { conditionKey, driversOf, specialize, type Condition, type Driver } from './condition';
import { ITEMS, LINKS } from './tables';

export type Direction = 'asc' | 'desc';

export interface PageQuery {
  /** the read type's key in the read model */
  key: string;
  condition: Condition;
  /** by publishing time, then by row id */
  direction: Direction;
  offset: number;
  limit: number;
}

/** Beyond this many units or targets to start from, one ordered scan of the type is cheaper. */
const MAX_DRIVERS = 300;

const isSqlite = (knex: Knex) => /sqlite/.test(String(knex.client.config.client));

const linkExists = (knex: Knex, field: string, ids?: number[]) => {
  const query = knex({ x: LINKS })
    .select(knex.raw('1'))
    .whereRaw('?? = ??', ['x.content_type', 'i.content_type'])
    .whereRaw('?? = ??', ['x.row_id', 'i.row_id'])
    .where('x.field', field);
  if (ids) {
    query.whereIn('x.target_id', ids);
  }
  // SQLite 3.51 turns EXISTS into a join and counts an item once per matching link in OFFSET
  // (pages overlap); a LIMIT keeps the subquery a subquery
  return isSqlite(knex) ? query.limit(1) : query;
};

type Comparing = Extract<Condition, { op: 'compare' }>;

const applyComparison = (query: Knex.QueryBuilder, condition: Comparing): void => {
  const column = `i.${condition.column}`;
  const value = condition.value as Knex.Value;
  switch (condition.comparison) {
    case 'in':
      query.whereIn(column, value as readonly Knex.Value[]);
      return;
    case 'not in':
      query.whereNotIn(column, value as readonly Knex.Value[]);
      return;
    case 'null':
      query.whereNull(column);
      return;
    case 'not null':
      query.whereNotNull(column);
      return;
    default:
      query.where(column, condition.comparison, value);
  }
};

/** Adds the condition to a query over the items aliased `i`. */
export const applyCondition = (
  knex: Knex,
  query: Knex.QueryBuilder,
  condition: Condition
): void => {
  switch (condition.op) {
    case 'true':
      return;
    case 'false':
      query.whereRaw('1 = 0');
      return;
    case 'unit':
      query.whereIn('i.unit_id', condition.ids);
      return;
    case 'unit-null':
      if (condition.isNull) {
        query.whereNull('i.unit_id');
      } else {
        query.whereNotNull('i.unit_id');
      }
      return;
    case 'link':
      query.whereExists(linkExists(knex, condition.field, condition.ids));
      return;
    case 'link-null':
      if (condition.isNull) {
        query.whereNotExists(linkExists(knex, condition.field));
      } else {
        query.whereExists(linkExists(knex, condition.field));
      }
      return;
    case 'compare':
      applyComparison(query, condition);
      return;
    case 'and':
      query.where((group) => {
        for (const item of condition.items) {
          group.where((inner) => applyCondition(knex, inner, item));
        }
      });
      return;
    case 'or':
      query.where((group) => {
        for (const item of condition.items) {
          group.orWhere((inner) => applyCondition(knex, inner, item));
        }
      });
      return;
    case 'not':
      query.whereNot((inner) => applyCondition(knex, inner, condition.item));
      return;
  }
};

const ordered = (query: Knex.QueryBuilder, alias: string, direction: Direction) =>
  query.orderBy([
    { column: `${alias}.published_at`, order: direction },
    { column: `${alias}.row_id`, order: direction },
  ]);

/** Drivers of one kind (and field) whose items the same condition selects. */
interface DriverGroup {
  kind: 'unit' | 'link';
  field: string;
  ids: number[];
  condition: Condition;
}

const groupDrivers = (condition: Condition, drivers: Driver[]): DriverGroup[] => {
  const groups = new Map<string, DriverGroup>();
  for (const driver of drivers) {
    const specialized = specialize(condition, driver);
    if (specialized.op === 'false') {
      continue;
    }
    const field = driver.kind === 'link' ? driver.field : '';
    const key = `${driver.kind}\n${field}\n${conditionKey(specialized)}`;
    const group = groups.get(key);
    if (group) {
      group.ids.push(driver.id);
    } else {
      groups.set(key, { kind: driver.kind, field, ids: [driver.id], condition: specialized });
    }
  }
  return [...groups.values()];
};

/** The newest (or oldest) `size` items of one scan that meet the group's condition. */
const scan = (
  knex: Knex,
  page: PageQuery,
  group: DriverGroup,
  matchId: (query: Knex.QueryBuilder, column: string) => void,
  size: number
) => {
  const query =
    group.kind === 'unit'
      ? ordered(
          knex({ i: ITEMS }).select('i.row_id', 'i.published_at').where('i.content_type', page.key),
          'i',
          page.direction
        )
      : ordered(
          knex({ l: LINKS })
            .join({ i: ITEMS }, (on) =>
              on.on('i.content_type', '=', 'l.content_type').andOn('i.row_id', '=', 'l.row_id')
            )
            .select('i.row_id', 'i.published_at')
            .where('l.content_type', page.key)
            .where('l.field', group.field),
          'l',
          page.direction
        );
  matchId(query, group.kind === 'unit' ? 'i.unit_id' : 'l.target_id');
  applyCondition(knex, query, group.condition);
  return query.limit(size);
};

/**
 * One bounded scan per driver. PostgreSQL runs a group's scans through one LATERAL join, so
 * the statement (and its planning) stays the same size however many units a site reaches;
 * SQLite has no LATERAL and gets one branch per driver.
 */
const branchesOf = (knex: Knex, page: PageQuery, groups: DriverGroup[], size: number) => {
  if (!isSqlite(knex)) {
    return groups.map((group) => {
      const perDriver = scan(
        knex,
        page,
        group,
        (query, column) => query.whereRaw('?? = ??', [column, 'd.id']),
        size
      );
      return knex
        .select('b.row_id', 'b.published_at')
        .from(
          knex.raw('unnest(?::integer[]) as d(id) cross join lateral (?) as b', [
            group.ids,
            perDriver,
          ])
        );
    });
  }
  return groups.flatMap((group) =>
    group.ids.map((id) => scan(knex, page, group, (query, column) => query.where(column, id), size))
  );
};

/** A page's rows: the items' row ids (a string where the driver reads bigints so). */
type PageRows = Array<{ row_id: number | string }>;

/** The statement that finds a page of row ids, newest (or oldest) first. */
export const pageStatement = (
  knex: Knex,
  page: PageQuery
): Knex.QueryBuilder<PageRows[number], PageRows> | null => {
  const drivers = driversOf(page.condition);
  if (drivers !== null && drivers.length === 0) {
    return null;
  }
  if (drivers === null || drivers.length > MAX_DRIVERS) {
    const query = ordered(
      knex({ i: ITEMS }).select('i.row_id').where('i.content_type', page.key),
      'i',
      page.direction
    );
    applyCondition(knex, query, page.condition);
    return query.limit(page.limit).offset(page.offset);
  }
  // each scan reads at most offset + limit rows in index order; the merge keeps the best
  const branches = branchesOf(
    knex,
    page,
    groupDrivers(page.condition, drivers),
    page.offset + page.limit
  ).map((query, n) => knex.select('*').from(query.as(`b${n}`)));
  if (branches.length === 0) {
    return null;
  }
  const [first, ...rest] = branches;
  const onlyUnits = drivers.every((driver) => driver.kind === 'unit');
  const merged = rest.length === 0 ? first : onlyUnits ? first.unionAll(rest) : first.union(rest);
  return ordered(knex.select('m.row_id').from(merged.as('m')), 'm', page.direction)
    .limit(page.limit)
    .offset(page.offset);
};

/** How many items meet the condition. */
export const countStatement = (
  knex: Knex,
  key: string,
  condition: Condition
): Knex.QueryBuilder<{ n?: number | string }, Array<{ n?: number | string }>> => {
  const query = knex({ i: ITEMS }).count({ n: '*' }).where('i.content_type', key);
  const drivers = driversOf(condition);
  if (drivers !== null && drivers.length > 0 && drivers.every((d) => d.kind === 'unit')) {
    query.whereIn(
      'i.unit_id',
      drivers.map((driver) => driver.id)
    );
  }
  applyCondition(knex, query, condition);
  return query;
};
