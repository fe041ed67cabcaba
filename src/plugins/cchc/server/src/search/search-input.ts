import { DateTime } from 'luxon';
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { parseInput } from '../core/parse-input';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'a slug such as xa-son-tay');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-12-01');

/** `type=article,leaflet` or `type=article&type=leaflet`. */
const typeList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')))
  .transform((names) => names.map((name) => name.trim()).filter(Boolean));

export const searchQuerySchema = z.strictObject({
  q: z.unknown(),
  site: slug.optional(),
  type: typeList.optional(),
  column: slug.optional(),
  topic: slug.optional(),
  from: day.optional(),
  to: day.optional(),
  sort: z.enum(['relevance', 'newest']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchQueryInput = z.infer<typeof searchQuerySchema>;

export const suggestQuerySchema = searchQuerySchema
  .pick({ q: true, site: true, type: true })
  .extend({ limit: z.coerce.number().int().min(1).max(8).default(8) });
export type SuggestQueryInput = z.infer<typeof suggestQuerySchema>;

export const parseSearchQuery = (query: unknown) => parseInput(searchQuerySchema, query, 'Tham số');
export const parseSuggestQuery = (query: unknown) =>
  parseInput(suggestQuerySchema, query, 'Tham số');

/** A local day's first instant (`from`), or the instant after its last one (`to`). */
export const dayBoundary = (date: string, timeZone: string, end: boolean): Date => {
  const start = DateTime.fromISO(date, { zone: timeZone });
  if (!start.isValid) {
    throw new errors.ValidationError(`Tham số không hợp lệ: ngày ${date} không có thật.`);
  }
  return (end ? start.plus({ days: 1 }) : start).toJSDate();
};
