import { z } from 'zod';
import { METRICS, zeroCounts, type Counts, type StandingStatus, type SummaryUnit } from './metrics';

export const summaryQuerySchema = z.strictObject({
  campaign: z.string().min(1, 'Cần chọn kế hoạch (campaign).'),
  period: z.string().max(60).optional(),
  unit: z.string().max(60).optional(),
});
export type SummaryQuery = z.infer<typeof summaryQuerySchema>;

export const UNIT_FIELDS = [
  'id',
  'documentId',
  'name',
  'shortName',
  'kind',
  'level',
  'depth',
  'path',
];
/** A unit with the columns of `UNIT_FIELDS`. */
export type UnitRow = SummaryUnit & { path: string };

/** Standings whose report's own numbers count: sent, and maybe accepted. */
export const DONE: StandingStatus[] = ['submitted', 'accepted'];

export const byRef = (ref: string) =>
  /^\d+$/.test(ref) ? { id: Number(ref) } : { documentId: ref };
export const countsOf = (value: Partial<Counts> | null | undefined): Counts => {
  const counts = zeroCounts();
  for (const metric of METRICS) {
    counts[metric] = Number(value?.[metric] ?? 0);
  }
  return counts;
};
