import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export interface Attribute {
  type: string;
  target?: string;
  component?: string;
}

/** The model a relation or component attribute leads to, null for a plain field. */
export const modelBehind = (strapi: Core.Strapi, attribute: Attribute | undefined) => {
  const uid = attribute?.type === 'relation' ? attribute.target : attribute?.component;
  return uid ? (strapi.getModel(uid as never) as { attributes: Record<string, Attribute> }) : null;
};

export const attributeOf = (model: { attributes: Record<string, Attribute> }, name: string) =>
  Object.prototype.hasOwnProperty.call(model.attributes, name) ? model.attributes[name] : undefined;

const refuse = (path: string) => {
  throw new errors.ValidationError(
    `Không sắp xếp được theo "${path}": chỉ đi tiếp sau dấu chấm qua trường liên kết hoặc thành phần.`,
    { sort: path }
  );
};

/** A dotted sort path (`unit.name:asc`) must not continue past a plain field. */
const checkPath = (strapi: Core.Strapi, uid: string, path: string) => {
  let model = strapi.getModel(uid as never) as { attributes: Record<string, Attribute> } | null;
  const segments = path.split(':')[0].split('.');
  segments.forEach((segment, index) => {
    if (!model) {
      return refuse(path);
    }
    const attribute = attributeOf(model, segment.trim());
    model = index < segments.length - 1 ? modelBehind(strapi, attribute) : null;
  });
};

/**
 * Sort given to the Document Service, checked against the model: a path or a nested object that
 * goes through a plain field would reach the query builder as an object where a direction is
 * expected (a 500). Unknown names are left to Strapi's own validation.
 */
export const checkSortShape = (strapi: Core.Strapi, uid: string, sort: unknown): void => {
  if (typeof sort === 'string') {
    sort.split(',').forEach((path) => checkPath(strapi, uid, path));
  } else if (Array.isArray(sort)) {
    sort.forEach((item) => checkSortShape(strapi, uid, item));
  } else if (typeof sort === 'object' && sort !== null) {
    const model = strapi.getModel(uid as never) as { attributes: Record<string, Attribute> };
    for (const [name, value] of Object.entries(sort)) {
      if (typeof value === 'object' && value !== null) {
        const attribute = attributeOf(model, name);
        const target = attribute?.type === 'relation' ? attribute.target : attribute?.component;
        if (attribute && !target) {
          refuse(name);
        }
        if (target) {
          checkSortShape(strapi, target, value);
        }
      }
    }
  }
};
