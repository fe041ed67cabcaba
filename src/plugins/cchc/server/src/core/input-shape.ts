import { errors } from '@strapi/utils';

/**
 * Shape rules for request input that hold whatever the content type: what Strapi's query
 * builder would otherwise reject with a plain Error (a 500) deep inside a query, refused
 * here with a 400 that names the parameter.
 */

/** Names that resolve on every object through its prototype (`attributes.constructor`...). */
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Deeper than any content the admin or the sites send; deeper input overflows Strapi's walkers. */
export const MAX_DEPTH = 64;

const GROUP_OPERATORS = new Set(['$and', '$or']);

type Json = Record<string, unknown>;

/** A plain object (what qs and JSON.parse build), not a list, a Date or another class. */
export const isRecord = (value: unknown): value is Json => {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const refuse = (message: string, path: string) => {
  throw new errors.ValidationError(message, { path });
};

export const isPrototypeName = (name: string) => PROTOTYPE_NAMES.has(name);

/**
 * Refuses keys named after Object.prototype members, NUL characters (PostgreSQL cannot store
 * them in text, and no content needs them) and nesting deeper than MAX_DEPTH, anywhere in a
 * parsed query or body. Iterative, so that hostile nesting cannot overflow the stack here.
 */
export const checkInput = (root: unknown, source: string) => {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value: root, path: source, depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string' && value.includes('\u0000')) {
      refuse(`Giá trị ${path} chứa ký tự NUL (\\u0000), không được phép.`, path);
    }
    if (typeof value !== 'object' || value === null) {
      continue;
    }
    if (depth > MAX_DEPTH) {
      refuse(`Dữ liệu lồng nhau quá sâu (quá ${MAX_DEPTH} cấp) ở ${source}.`, path);
    }
    for (const [key, child] of Object.entries(value)) {
      if (isPrototypeName(key) || key.includes('\u0000')) {
        refuse(`Tên khóa "${key}" không được phép (${path}).`, `${path}.${key}`);
      }
      stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
};

/** The items of a `$and`/`$or` list; qs turns indices above its array limit into object keys. */
const itemsOf = (value: unknown) =>
  Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : null;

/** A filter map: the keys are attributes and `$and`, `$or`, `$not`. */
const checkFilterMap = (value: unknown, path: string) => {
  if (!isRecord(value)) {
    return refuse(
      `Bộ lọc ${path} phải là một đối tượng điều kiện (ví dụ ${path}[title][$eq]=…).`,
      path
    );
  }
  for (const [key, child] of Object.entries(value)) {
    checkEntry(key, child, `${path}[${key}]`, true);
  }
};

/** One key of a filter map (`atRoot`) or of what an attribute holds (operators or a relation's filters). */
const checkEntry = (key: string, value: unknown, path: string, atRoot: boolean) => {
  if (GROUP_OPERATORS.has(key)) {
    const items = itemsOf(value);
    if (!items) {
      return refuse(`Toán tử ${key} cần một danh sách điều kiện (${path}[0][…]=…).`, path);
    }
    items.forEach((item, index) => checkFilterMap(item, `${path}[${index}]`));
    return;
  }
  if (key === '$not') {
    if (Array.isArray(value)) {
      value.forEach((item, index) => checkFilterMap(item, `${path}[${index}]`));
    } else if (atRoot || isRecord(value)) {
      checkFilterMap(value, path);
    }
    return;
  }
  if (key === '$between') {
    if (
      !Array.isArray(value) ||
      value.length !== 2 ||
      value.some((v) => isRecord(v) || Array.isArray(v))
    ) {
      refuse(`Toán tử $between cần đúng hai giá trị (${path}[0]=…&${path}[1]=…).`, path);
    }
    return;
  }
  if (!key.startsWith('$') && Array.isArray(value) && value.some(isRecord)) {
    // a list under an attribute means $in: it holds values, not conditions
    return refuse(`Bộ lọc ${path} chỉ nhận giá trị, không nhận điều kiện lồng nhau.`, path);
  }
  if (isRecord(value)) {
    for (const [child, nested] of Object.entries(value)) {
      checkEntry(child, nested, `${path}[${child}]`, false);
    }
  }
};

/** The grammar of a `filters` parameter: a filter map, or a list of them. */
export const checkFilters = (filters: unknown, path = 'filters') => {
  if (Array.isArray(filters)) {
    filters.forEach((item, index) => checkFilterMap(item, `${path}[${index}]`));
  } else if (isRecord(filters)) {
    checkFilterMap(filters, path);
  }
  // other types are refused by Strapi's own validation with a 400
};

/** A list never stands where a sort direction or a relation's sort is expected. */
const checkSort = (sort: unknown, path: string) => {
  const entries = Array.isArray(sort)
    ? sort.map((value, index) => [String(index), value] as const)
    : Object.entries(isRecord(sort) ? sort : {});
  for (const [key, value] of entries) {
    if (Array.isArray(value) && !Array.isArray(sort)) {
      refuse(`Tham số ${path}[${key}] không đúng dạng (ví dụ sort[0]=title:asc).`, path);
    }
    if (isRecord(value)) {
      checkSort(value, `${path}[${key}]`);
    }
  }
};

/** Field names given as values (`fields`, `sort`, `populate`) that are prototype members. */
const checkNames = (value: unknown, path: string) => {
  const names =
    typeof value === 'string'
      ? value.split(/[,.:]/)
      : Array.isArray(value)
        ? value.flatMap((v) => (typeof v === 'string' ? v.split(/[,.:]/) : []))
        : [];
  const bad = names.find((name) => isPrototypeName(name.trim()));
  if (bad) {
    refuse(`"${bad}" không phải là tên trường (${path}).`, path);
  }
};

/**
 * Keys as written in the query string: qs silently drops the ones that are prototype members,
 * so `filters[constructor]=x` would answer everything instead of a 400.
 */
export const checkQueryString = (raw: string) => {
  for (const pair of raw.split('&')) {
    let key: string;
    try {
      key = decodeURIComponent(pair.split('=')[0].replace(/\+/g, ' '));
    } catch {
      continue; // qs keeps an undecodable key as written: it names nothing on a prototype
    }
    const bad = key.match(/[^[\]]+/g)?.find(isPrototypeName);
    if (bad) {
      refuse(`Tên khóa "${bad}" không được phép trong tham số ${key}.`, key);
    }
  }
};

/**
 * The query-wide rules: keys, depth, filter grammar (also in nested `populate[…][filters]`),
 * sort shape and names given as values.
 */
export const checkQuery = (query: Json) => {
  checkInput(query, 'query');
  const stack: Array<{ value: unknown; path: string }> = [{ value: query, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as (typeof stack)[number];
    if (!isRecord(value)) {
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const at = path ? `${path}[${key}]` : key;
      if (key === 'filters') {
        checkFilters(child, at);
      } else if (key === 'sort') {
        checkSort(child, at);
        checkNames(child, at);
      } else if (key === 'fields' || key === 'populate') {
        checkNames(child, at);
      }
      if (key === 'populate' || (path.includes('populate') && key !== 'filters')) {
        stack.push({ value: child, path: at });
      }
    }
  }
};
