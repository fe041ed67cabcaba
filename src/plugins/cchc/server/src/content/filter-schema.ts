import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attributeOf, modelBehind, type Attribute } from './sort-shape';

type Model = { attributes: Record<string, Attribute> };
type Json = Record<string, unknown>;

const GROUP_OPERATORS = ['$and', '$or'];

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Walk {
  strapi: Core.Strapi;
  maxDepth: number;
}

const walk = (how: Walk, model: Model, filters: unknown, path: string, depth: number): void => {
  if (Array.isArray(filters)) {
    filters.forEach((item, index) => walk(how, model, item, `${path}[${index}]`, depth));
    return;
  }
  if (!isRecord(filters)) {
    return;
  }
  for (const [key, value] of Object.entries(filters)) {
    if (GROUP_OPERATORS.includes(key) || key === '$not') {
      walk(how, model, value, `${path}[${key}]`, depth);
      continue;
    }
    const attribute = key.startsWith('$') ? undefined : attributeOf(model, key);
    if (!attribute || !isRecord(value)) {
      continue;
    }
    const target = modelBehind(how.strapi, attribute);
    if (target && depth >= how.maxDepth) {
      throw new errors.ValidationError(
        `Bộ lọc đi qua quá nhiều quan hệ: tối đa ${how.maxDepth} (${path}[${key}]…).`,
        { path: `${path}[${key}]`, maxRelationDepth: how.maxDepth }
      );
    }
    if (target) {
      walk(how, target, value, `${path}[${key}]`, depth + 1);
    } else if (Object.keys(value).some((operator) => GROUP_OPERATORS.includes(operator))) {
      throw new errors.ValidationError(
        `Trường "${key}" không nhận $and/$or; đặt $and/$or ở cấp trên (${path}[$or][0][${key}]…).`,
        { path: `${path}[${key}]` }
      );
    }
  }
};

/**
 * `$and`/`$or` under a plain field (`filters[title][$or][0][$eq]=x`) fails in the query builder;
 * a filter through more than `maxDepth` relations joins rows by the million (issue #12's
 * `unit.parent.children.parent.children` ran for seconds) and is refused for every caller.
 */
export const checkFilterAttributes = (
  strapi: Core.Strapi,
  uid: string,
  filters: unknown,
  maxDepth: number
) => walk({ strapi, maxDepth }, strapi.getModel(uid as never), filters, 'filters', 0);
