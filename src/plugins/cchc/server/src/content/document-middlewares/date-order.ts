import { errors } from '@strapi/utils';
import type { Schema } from '@strapi/strapi';
import { attributesOf, fieldOptions } from '../../core/plugin-options';
import { findCurrentRow } from '../../core/current-row';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

interface DatePair {
  start: string;
  end: string;
}

const WRITE_ACTIONS = new Set(['create', 'update']);

const datePairsOf = (contentType: Schema.ContentType): DatePair[] =>
  Object.entries(attributesOf(contentType)).flatMap(([end, attribute]) => {
    const start = fieldOptions(attribute).notBefore;
    return start ? [{ start, end }] : [];
  });

const labelOf = (contentType: Schema.ContentType, field: string) =>
  fieldOptions(attributesOf(contentType)[field]).label ?? field;

const toTime = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const time = new Date(value as string).getTime();
  return Number.isNaN(time) ? null : time;
};

/**
 * Refuses an end date before its start date, for every attribute that declares
 * `pluginOptions.cchc.notBefore` in its schema; on update the stored value fills in
 * whichever side the request leaves out.
 */
const dateOrderMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (!WRITE_ACTIONS.has(ctx.action)) {
    return next();
  }
  const pairs = datePairsOf(ctx.contentType);
  const { data, documentId } = writeParams(ctx);
  const touched = pairs.filter(({ start, end }) => data && (start in data || end in data));
  if (!data || touched.length === 0) {
    return next();
  }

  const missing = touched.flatMap(({ start, end }) => [start, end]).filter((f) => !(f in data));
  const stored =
    ctx.action === 'update' && documentId && missing.length > 0
      ? await findCurrentRow(strapi, ctx.uid, documentId, { select: missing })
      : null;
  const valueOf = (field: string) => (field in data ? data[field] : stored?.[field]);

  for (const { start, end } of touched) {
    const startTime = toTime(valueOf(start));
    const endTime = toTime(valueOf(end));
    if (startTime !== null && endTime !== null && endTime < startTime) {
      throw new errors.ValidationError(
        `"${labelOf(ctx.contentType, end)}" không được trước "${labelOf(ctx.contentType, start)}".`,
        {
          errors: [
            { path: [end], message: `${end} must not be before ${start}`, name: 'ValidationError' },
          ],
        }
      );
    }
  }
  return next();
};

export default dateOrderMiddleware;
