import type { Knex } from 'knex';
import { driversOf, specialize, type Condition, type Driver } from './condition';
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
    case 'compare': {
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
          return;
      }
    }
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

/** The newest (or oldest) `size` items of one scan that meet the condition. */
const branch = (knex: Knex, page: PageQuery, driver: Driver, size: number) => {
  const condition = specialize(page.condition, driver);
  if (condition.op === 'false') {
    return null;
  }
  const query =
    driver.kind === 'unit'
      ? ordered(
          knex({ i: ITEMS })
            .select('i.row_id', 'i.published_at')
            .where('i.content_type', page.key)
            .where('i.unit_id', driver.id),
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
            .where('l.field', driver.field)
            .where('l.target_id', driver.id),
          'l',
          page.direction
        );
  applyCondition(knex, query, condition);
  return query.limit(size);
};

/** The statement that finds a page of row ids, newest (or oldest) first. */
export const pageStatement = (knex: Knex, page: PageQuery): Knex.QueryBuilder | null => {
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
  const branches = drivers
    .map((driver) => branch(knex, page, driver, page.offset + page.limit))
    .filter((query): query is Knex.QueryBuilder => query !== null)
    .map((query, n) => knex.select('*').from(query.as(`b${n}`)));
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
export const countStatement = (knex: Knex, key: string, condition: Condition) => {
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
