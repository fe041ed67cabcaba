import { errors } from '@strapi/utils';
import type { z } from 'zod';

/** Validates request input at the edge: the parsed value, or a 400 naming each bad field. */
export const parseInput = <T>(schema: z.ZodType<T>, input: unknown, what: string): T => {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new errors.ValidationError(
      `${what} không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join('.') || i.code}: ${i.message}`).join('; ')}`
    );
  }
  return parsed.data;
};
