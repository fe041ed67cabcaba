/** Columns of a read model item that a condition may compare. */
export type ItemColumn = 'row_id' | 'document_id' | 'shared';

export type Comparison =
  '=' | '<>' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'null' | 'not null';

/**
 * A filter on a read type, restated over the read model: unit and link atoms name the ids of
 * the reference rows the original relation filter matched.
 */
export type Condition =
  | { op: 'true' }
  | { op: 'false' }
  | { op: 'unit'; ids: number[] }
  | { op: 'unit-null'; isNull: boolean }
  | { op: 'link'; field: string; ids: number[] }
  | { op: 'link-null'; field: string; isNull: boolean }
  | { op: 'compare'; column: ItemColumn; comparison: Comparison; value?: unknown }
  | { op: 'and'; items: Condition[] }
  | { op: 'or'; items: Condition[] }
  | { op: 'not'; item: Condition };

export const TRUE: Condition = { op: 'true' };
export const FALSE: Condition = { op: 'false' };

/** Conjunction with constants folded and nested conjunctions flattened. */
export const and = (items: Condition[]): Condition => {
  const kept: Condition[] = [];
  for (const item of items) {
    if (item.op === 'false') {
      return FALSE;
    }
    if (item.op === 'and') {
      kept.push(...item.items);
    } else if (item.op !== 'true') {
      kept.push(item);
    }
  }
  if (kept.length === 0) {
    return TRUE;
  }
  return kept.length === 1 ? kept[0] : { op: 'and', items: kept };
};

/** Disjunction with constants folded and nested disjunctions flattened. */
export const or = (items: Condition[]): Condition => {
  const kept: Condition[] = [];
  for (const item of items) {
    if (item.op === 'true') {
      return TRUE;
    }
    if (item.op === 'or') {
      kept.push(...item.items);
    } else if (item.op !== 'false') {
      kept.push(item);
    }
  }
  if (kept.length === 0) {
    return FALSE;
  }
  return kept.length === 1 ? kept[0] : { op: 'or', items: kept };
};

export const not = (item: Condition): Condition => {
  if (item.op === 'true') {
    return FALSE;
  }
  return item.op === 'false' ? TRUE : { op: 'not', item };
};

/** Where an ordered scan may start: the items of one unit, or the items linked to one target. */
export type Driver = { kind: 'unit'; id: number } | { kind: 'link'; field: string; id: number };

const unique = (drivers: Driver[]) => {
  const seen = new Set<string>();
  return drivers.filter((driver) => {
    const key = driver.kind === 'unit' ? `u${driver.id}` : `l${driver.field}:${driver.id}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
};

/**
 * Scans that together hold every item the condition can match (each matching item is in at
 * least one of them), or null when only a scan of the whole type does. A conjunction takes its
 * narrowest member's scans; a disjunction needs its members' scans together.
 */
export const driversOf = (condition: Condition): Driver[] | null => {
  switch (condition.op) {
    case 'false':
      return [];
    case 'unit':
      return unique(condition.ids.map((id) => ({ kind: 'unit', id })));
    case 'link':
      return unique(condition.ids.map((id) => ({ kind: 'link', field: condition.field, id })));
    case 'and': {
      const options = condition.items
        .map(driversOf)
        .filter((drivers): drivers is Driver[] => drivers !== null);
      // units first: they split the items without overlap, and a site's units own few of them
      const byUnit = options.filter((drivers) => drivers.every((d) => d.kind === 'unit'));
      const candidates = byUnit.length > 0 ? byUnit : options;
      return candidates.length === 0
        ? null
        : candidates.reduce((best, drivers) => (drivers.length < best.length ? drivers : best));
    }
    case 'or': {
      const all: Driver[] = [];
      for (const item of condition.items) {
        const drivers = driversOf(item);
        if (drivers === null) {
          return null;
        }
        all.push(...drivers);
      }
      return unique(all);
    }
    default:
      return null;
  }
};

/**
 * The condition as it holds for the items of one scan: within one unit's items every unit atom
 * is decided; within one target's items, the atoms that name that target hold.
 */
export const specialize = (condition: Condition, driver: Driver): Condition => {
  switch (condition.op) {
    case 'unit':
      return driver.kind === 'unit'
        ? condition.ids.includes(driver.id)
          ? TRUE
          : FALSE
        : condition;
    case 'unit-null':
      return driver.kind === 'unit' ? (condition.isNull ? FALSE : TRUE) : condition;
    case 'link':
      return driver.kind === 'link' &&
        driver.field === condition.field &&
        condition.ids.includes(driver.id)
        ? TRUE
        : condition;
    case 'and':
      return and(condition.items.map((item) => specialize(item, driver)));
    case 'or':
      return or(condition.items.map((item) => specialize(item, driver)));
    case 'not':
      return not(specialize(condition.item, driver));
    default:
      return condition;
  }
};

/** A stable text of the condition, for cache keys. */
export const conditionKey = (condition: Condition): string => JSON.stringify(condition);
