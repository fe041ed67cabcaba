import { errors } from '@strapi/utils';
import { checkInput } from '../input-shape';
import type { HttpContext } from './context';

/** Multipart fields that Strapi reads as JSON (the upload's `fileInfo`, a REST `data`). */
const JSON_FIELDS = ['fileInfo', 'data'];

const parse = (field: string, value: string) => {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new errors.ValidationError(`Trường "${field}" phải là JSON hợp lệ.`, { field });
  }
};

/**
 * Multipart and form bodies are parsed after the input guard has run: their fields and the
 * JSON they carry get the same checks, and a JSON field that does not parse is a 400 (the upload
 * controllers would throw a SyntaxError, a 500). Goes right after `strapi::body`.
 */
const formFieldsGuard = () => async (ctx: HttpContext, next: () => Promise<unknown>) => {
  const body = ctx.request.body;
  if (ctx.is(['multipart', 'urlencoded']) && typeof body === 'object' && body !== null) {
    checkInput(body, 'body');
    for (const [field, value] of Object.entries(body)) {
      const values: unknown[] = Array.isArray(value) ? value : [value];
      for (const item of values) {
        if (JSON_FIELDS.includes(field) && typeof item === 'string') {
          checkInput(parse(field, item), field);
        }
      }
    }
  }
  return next();
};

export default formFieldsGuard;
