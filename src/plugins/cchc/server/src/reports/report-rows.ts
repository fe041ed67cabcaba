import type { CampaignRecipient } from './official-form';
import type { Counts, Metric, ReportStatus, Sources } from './metrics';
import type { PeriodType } from './period';
import type { CampaignReporting } from './targets';

/** A campaign (plan) as the reports read it, with what its reporting needs. */
export interface CampaignRow extends CampaignReporting {
  id: number;
  documentId: string;
  documentNumber: string;
  title: string;
  reportingPeriod: PeriodType | null;
  periodStart: string;
  periodEnd: string;
  issuingUnit?: { id: number; documentId: string; name: string } | null;
  recipients?: CampaignRecipient[] | null;
}

/** A unit report as the query engine reads it; relations and components once populated. */
export type ReportRow = {
  id: number;
  documentId: string;
  title: string | null;
  reportStatus: ReportStatus;
  periodLabel: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodKey: string | null;
  dueOn: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  returnReason: string | null;
  countedAt: string | null;
  sources: Sources | null;
  unit?: { id: number; documentId?: string; name?: string; kind?: string } | null;
  campaign?: { id: number; documentId?: string; documentNumber?: string; title?: string } | null;
  counts?: Partial<Counts> | null;
  computedCounts?: Partial<Counts> | null;
  corrections?: Array<{
    id?: number;
    metric: Metric;
    value: number;
    computedValue: number | null;
    reason: string;
  }> | null;
  evidence?: Array<{
    title: string;
    metric: Metric | null;
    url: string | null;
    note: string | null;
    files: Array<{ name: string; url: string }> | null;
  }> | null;
};
