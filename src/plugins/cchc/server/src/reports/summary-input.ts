import { z } from 'zod';
import { METRICS, zeroCounts, type Counts, type Metric, type ReportStatus } from './metrics';

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
export const DONE: StandingDone[] = ['submitted', 'accepted'];
export type StandingDone = Extract<ReportStatus, 'submitted' | 'accepted'>;

export interface ReportRow {
  documentId: string;
  reportStatus: ReportStatus;
  submittedAt: string | null;
  decidedAt: string | null;
  returnReason: string | null;
  unit: { id: number } | null;
  counts: Partial<Counts> | null;
  corrections: Array<{
    metric: Metric;
    value: number;
    computedValue: number | null;
    reason: string;
  }> | null;
  evidence: Array<{
    title: string;
    metric: Metric | null;
    url: string | null;
    note: string | null;
    files: Array<{ name: string; url: string }> | null;
  }> | null;
}

export const byRef = (ref: string) =>
  /^\d+$/.test(ref) ? { id: Number(ref) } : { documentId: ref };
export const countsOf = (value: Partial<Counts> | null | undefined): Counts => {
  const counts = zeroCounts();
  for (const metric of METRICS) {
    counts[metric] = Number(value?.[metric] ?? 0);
  }
  return counts;
};
