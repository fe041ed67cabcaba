import { errors } from '@strapi/utils';
import type { Core, Schema } from '@strapi/strapi';
import { attributesOf, fieldOptions } from '../../core/plugin-options';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

const WRITE_ACTIONS = new Set(['create', 'update']);

interface Problem {
  path: string[];
  message: string;
}

type Attribute = Schema.Attribute.AnyAttribute & {
  min?: number | string;
  regex?: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
};

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** The min and regex rules of one level of data, components and dynamic zones included. */
const check = (
  strapi: Core.Strapi,
  model: Schema.ContentType | Schema.Component,
  data: Record<string, unknown>,
  path: string[],
  problems: Problem[]
) => {
  for (const [field, attribute] of Object.entries(attributesOf(model)) as [string, Attribute][]) {
    const value = data[field];
    if (isBlank(value)) {
      continue;
    }
    const at = [...path, field];
    const label = fieldOptions(attribute).label ?? field;
    if (attribute.min !== undefined && typeof value === 'number' && value < Number(attribute.min)) {
      problems.push({ path: at, message: `${field} (${label}) phải từ ${attribute.min} trở lên` });
    }
    if (attribute.regex && typeof value === 'string' && !new RegExp(attribute.regex).test(value)) {
      problems.push({ path: at, message: `${field} (${label}) không đúng dạng` });
    }
    if (attribute.type === 'component' && attribute.component) {
      const component = strapi.components[attribute.component];
      const items = attribute.repeatable && Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (item && typeof item === 'object') {
          const itemPath = attribute.repeatable ? [...at, String(index)] : at;
          check(strapi, component, item as Record<string, unknown>, itemPath, problems);
        }
      });
    }
    if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((item: { __component?: string }, index) => {
        const component = item?.__component
          ? strapi.components[item.__component as keyof typeof strapi.components]
          : undefined;
        if (component) {
          check(strapi, component, item, [...at, String(index)], problems);
        }
      });
    }
  }
};

/**
 * Strapi checks `min` and `regex` only when it publishes, so a draft could hold a negative
 * count or a URL that is not one. Drafts are where review happens: refuse such values at
 * every save. (Required fields and minimum lengths stay a publishing rule, for work in progress.)
 */
const draftRulesMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const { data } = writeParams(ctx);
  if (!WRITE_ACTIONS.has(ctx.action) || !ctx.uid.startsWith('api::') || !data) {
    return next();
  }
  const problems: Problem[] = [];
  check(strapi, ctx.contentType, data, [], problems);
  if (problems.length > 0) {
    throw new errors.ValidationError(problems.map((p) => p.message).join('; '), {
      errors: problems.map((p) => ({ ...p, name: 'ValidationError' })),
    });
  }
  return next();
};

export default draftRulesMiddleware;
