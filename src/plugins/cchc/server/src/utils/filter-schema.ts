import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attributeOf, modelBehind, type Attribute } from './sort-shape';

type Model = { attributes: Record<string, Attribute> };
type Json = Record<string, unknown>;

const GROUP_OPERATORS = ['$and', '$or'];

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const walk = (strapi: Core.Strapi, model: Model, filters: unknown, path: string): void => {
  if (Array.isArray(filters)) {
    filters.forEach((item, index) => walk(strapi, model, item, `${path}[${index}]`));
    return;
  }
  if (!isRecord(filters)) {
    return;
  }
  for (const [key, value] of Object.entries(filters)) {
    if (GROUP_OPERATORS.includes(key) || key === '$not') {
      walk(strapi, model, value, `${path}[${key}]`);
      continue;
    }
    const attribute = key.startsWith('$') ? undefined : attributeOf(model, key);
    if (!attribute || !isRecord(value)) {
      continue;
    }
    const target = modelBehind(strapi, attribute);
    if (target) {
      walk(strapi, target, value, `${path}[${key}]`);
    } else if (Object.keys(value).some((operator) => GROUP_OPERATORS.includes(operator))) {
      throw new errors.ValidationError(
        `Trường "${key}" không nhận $and/$or; đặt $and/$or ở cấp trên (${path}[$or][0][${key}]…).`,
        { path: `${path}[${key}]` }
      );
    }
  }
};

/** `$and`/`$or` under a plain field (`filters[title][$or][0][$eq]=x`) fails in the query builder. */
export const checkFilterAttributes = (strapi: Core.Strapi, uid: string, filters: unknown) =>
  walk(strapi, strapi.getModel(uid as never) as Model, filters, 'filters');
