import { z } from 'zod';

/** A day of a station's rundown. */
export const rundownDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'một ngày có thật')
  .describe('Ngày phát sóng, YYYY-MM-DD');

export const rundownQuerySchema = z.strictObject({ date: rundownDateSchema });
