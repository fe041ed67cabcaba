import {
  and,
  not as negate,
  or,
  TRUE,
  type Comparison,
  type Condition,
  type ItemColumn,
} from './condition';

type Json = Record<string, unknown>;

/** What the planner knows of the read type whose filters it restates. */
export interface PlanSubject {
  ownerField: string;
  ownerTarget: string;
  sharedField: string | null;
  /** relation fields kept as links, by field name: the target type */
  links: Record<string, string>;
  /**
   * Ids of the target rows a relation filter matches (the filter as the query engine reads it),
   * or null when there are too many to list.
   */
  resolve(target: string, filter: Json): Promise<number[] | null>;
}

/** The filter cannot be answered from the read model: the caller takes the ordinary path. */
export class NotPlannable extends Error {}

const fail = (why: string): never => {
  throw new NotPlannable(why);
};

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isOperator = (key: string) => key.startsWith('$');

const SCALAR_OPERATORS: Record<string, Comparison> = {
  $eq: '=',
  $ne: '<>',
  $lt: '<',
  $lte: '<=',
  $gt: '>',
  $gte: '>=',
  $in: 'in',
  $notIn: 'not in',
};

const toBoolean = (value: unknown): boolean => {
  if (value === true || value === 'true' || value === 1 || value === '1') {
    return true;
  }
  if (value === false || value === 'false' || value === 0 || value === '0') {
    return false;
  }
  return fail('not a boolean');
};

const toInteger = (value: unknown): number => {
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : fail('not an id');
};

const toText = (value: unknown): string => (typeof value === 'string' ? value : fail('not text'));

const COLUMN_VALUES: Record<ItemColumn, (value: unknown) => unknown> = {
  row_id: toInteger,
  document_id: toText,
  shared: (value) => (toBoolean(value) ? 1 : 0),
};

const compare = (column: ItemColumn, comparison: Comparison, value: unknown): Condition => {
  const convert = COLUMN_VALUES[column];
  if (comparison === 'in' || comparison === 'not in') {
    return {
      op: 'compare',
      column,
      comparison,
      value: (Array.isArray(value) ? value : [value]).map(convert),
    };
  }
  if (column === 'shared' && !['=', '<>'].includes(comparison)) {
    return fail('order on a flag');
  }
  return { op: 'compare', column, comparison, value: convert(value) };
};

/** `{ $eq: 1 }`, `1`, `null`, `{ $gt: 2, $lt: 9 }`, `{ $not: { $eq: 1 } }` on one column. */
const planScalar = (column: ItemColumn, value: unknown): Condition => {
  if (value === null) {
    return { op: 'compare', column, comparison: 'null' };
  }
  if (!isRecord(value)) {
    if (Array.isArray(value)) {
      return fail('a list without an operator');
    }
    return compare(column, '=', value);
  }
  const parts = Object.entries(value).map(([operator, operand]): Condition => {
    if (operator === '$not') {
      return negate(planScalar(column, operand));
    }
    if (operator === '$null' || operator === '$notNull') {
      const isNull = toBoolean(operand) === (operator === '$null');
      return { op: 'compare', column, comparison: isNull ? 'null' : 'not null' };
    }
    const comparison = SCALAR_OPERATORS[operator] ?? fail(`operator ${operator}`);
    if (operand === null && (comparison === '=' || comparison === '<>')) {
      return { op: 'compare', column, comparison: comparison === '=' ? 'null' : 'not null' };
    }
    return compare(column, comparison, operand);
  });
  return and(parts);
};

const ID_OPERATORS = new Set(['$eq', '$in']);
const NULL_TESTS = new Set(['$null', '$notNull']);

/**
 * Whether a relation filter may hold for an item with no related row: the query engine joins
 * the relation, so a test for null holds on the missing row. Resolving the filter to existing
 * rows would lose those items, so such a filter is not restated.
 */
const testsForNull = (filter: unknown): boolean => {
  if (filter === null) {
    return true;
  }
  if (Array.isArray(filter)) {
    return filter.some(testsForNull);
  }
  if (!isRecord(filter)) {
    return false;
  }
  return Object.entries(filter).some(
    ([key, value]) =>
      NULL_TESTS.has(key) || (key === '$eq' && value === null) || testsForNull(value)
  );
};

/** `{ id: { $null: true } }`, `{ documentId: null }`…: whether there is a related row at all. */
const presenceTest = (filter: Json): boolean | undefined => {
  const keys = Object.keys(filter);
  if (keys.length !== 1 || (keys[0] !== 'id' && keys[0] !== 'documentId')) {
    return undefined;
  }
  const test = filter[keys[0]];
  if (test === null) {
    return true;
  }
  if (!isRecord(test) || Object.keys(test).length !== 1) {
    return undefined;
  }
  const [[operator, operand]] = Object.entries(test);
  if (operator === '$eq' && operand === null) {
    return true;
  }
  if (operator === '$ne' && operand === null) {
    return false;
  }
  if (NULL_TESTS.has(operator)) {
    return toBoolean(operand) === (operator === '$null');
  }
  return undefined;
};

/** The ids a relation filter names, without a query when it names them outright. */
const idsNamed = (value: unknown): number[] | null => {
  if (!isRecord(value)) {
    return [toInteger(value)];
  }
  const keys = Object.keys(value);
  if (keys.length === 1 && ID_OPERATORS.has(keys[0])) {
    const operand = value[keys[0]];
    return (Array.isArray(operand) ? operand : [operand]).map(toInteger);
  }
  if (keys.length === 1 && keys[0] === 'id') {
    return idsNamed(value.id);
  }
  return null;
};

type Atom = (ids: number[]) => Condition;
type NullAtom = (isNull: boolean) => Condition;

const planRelation = async (
  subject: PlanSubject,
  target: string,
  value: unknown,
  atom: Atom,
  nullAtom: NullAtom
): Promise<Condition> => {
  if (value === null) {
    return nullAtom(true);
  }
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === '$null' || keys[0] === '$notNull')) {
      return nullAtom(toBoolean(value[keys[0]]) === (keys[0] === '$null'));
    }
    if (keys.length === 1 && isOperator(keys[0]) && !ID_OPERATORS.has(keys[0])) {
      if (keys[0] !== '$and' && keys[0] !== '$or') {
        return fail(`relation operator ${keys[0]}`);
      }
    }
    const absent = presenceTest(value);
    if (absent !== undefined) {
      return nullAtom(absent);
    }
    if (testsForNull(value)) {
      return fail('a test for null inside a relation');
    }
  }
  const named = idsNamed(value);
  if (named) {
    return atom(named);
  }
  const ids = (await subject.resolve(target, value as Json)) ?? fail('too many targets');
  return atom(ids);
};

const planObject = async (
  subject: PlanSubject,
  filters: Json,
  negated: boolean
): Promise<Condition> => {
  const parts: Condition[] = [];
  for (const [key, value] of Object.entries(filters)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) {
        return fail(`${key} without a list`);
      }
      const items = await Promise.all(value.map((item) => plan(subject, item, negated)));
      parts.push(key === '$and' ? and(items) : or(items));
    } else if (key === '$not') {
      parts.push(negate(await plan(subject, value, true)));
    } else if (isOperator(key)) {
      return fail(`operator ${key} at the top`);
    } else if (key === 'id') {
      parts.push(planScalar('row_id', value));
    } else if (key === 'documentId') {
      parts.push(planScalar('document_id', value));
    } else if (key === subject.sharedField) {
      parts.push(planScalar('shared', value));
    } else if (key === subject.ownerField || key in subject.links) {
      if (negated) {
        // NOT over a joined relation keeps SQL's three-valued logic of the join: not restated
        return fail('a relation under $not');
      }
      const owner = key === subject.ownerField;
      parts.push(
        await planRelation(
          subject,
          owner ? subject.ownerTarget : subject.links[key],
          value,
          owner ? (ids) => ({ op: 'unit', ids }) : (ids) => ({ op: 'link', field: key, ids }),
          owner
            ? (isNull) => ({ op: 'unit-null', isNull })
            : (isNull) => ({ op: 'link-null', field: key, isNull })
        )
      );
    } else {
      return fail(`field ${key}`);
    }
  }
  return and(parts);
};

const plan = (subject: PlanSubject, filters: unknown, negated: boolean): Promise<Condition> => {
  if (filters === undefined || filters === null) {
    return Promise.resolve(TRUE);
  }
  if (Array.isArray(filters)) {
    return Promise.all(filters.map((item) => plan(subject, item, negated))).then(and);
  }
  if (!isRecord(filters)) {
    return Promise.reject(new NotPlannable('not a filter'));
  }
  return planObject(subject, filters, negated);
};

/**
 * Restates Strapi filters on a read type over the read model, or throws NotPlannable. The
 * conditions keep the query engine's meaning: a relation filter matches the items whose related
 * row matches it, on the same row where several conditions sit in one relation object.
 */
export const planFilters = (subject: PlanSubject, filters: unknown): Promise<Condition> =>
  plan(subject, filters, false);
