import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/*
 * Shapes of the results-reporting admin routes (`/cchc/reports/...`). The summary's shapes come
 * from the server's `reports/metrics.ts`, a module without server dependencies.
 */
import {
  CHANNELS as CHANNEL_METRICS,
  type Metric,
  type ReportStatus,
  type SourceKind,
  type SourceList,
  type StandingStatus,
} from '../../plugins/cchc/server/src/reports/metrics';

export {
  METRICS,
  SOURCE_KINDS,
  type Channel,
  type Counts,
  type Metric,
  type ReportStatus,
  type ReportSummary,
  type SourceItem,
  type SourceKind,
  type SourceList,
  type StandingStatus,
  type SummaryRow,
  type SummaryTotals,
  type SummaryUnit,
  type Targets,
} from '../../plugins/cchc/server/src/reports/metrics';

export const REPORT_UID = 'api::unit-report.unit-report';
export const CHANNELS = Object.keys(CHANNEL_METRICS);
export type FlowAction = 'submit' | 'withdraw' | 'accept' | 'return';

export interface PeriodOption {
  key: string;
  label: string;
  start: string;
  end: string;
}

export interface CampaignOption {
  documentId: string;
  documentNumber: string;
  title: string;
  reportingPeriod: string | null;
  periodStart: string;
  periodEnd: string;
  issuingUnit: { documentId: string; name: string } | null;
  periods: PeriodOption[];
  currentPeriod: string | null;
}

export interface ReportOptions {
  today: string;
  /** whether the user may send reminders somewhere */
  canRemind: boolean;
  /** units with units below them that the user may summarise */
  roots: Array<{ documentId: string; name: string; depth: number }>;
  campaigns: CampaignOption[];
  /** the content types behind the counts, by kind of evidence */
  itemLists: Array<{ kind: SourceKind; uid: string }>;
}

export interface RemindResult {
  queued: Array<{ unit: string; reason: string }>;
  skipped: Array<{ unit: string; why: string }>;
}

export interface ReportTransition {
  at: string;
  from: ReportStatus | null;
  to: ReportStatus | null;
  comment: string | null;
  actor: string | null;
}

export interface ReportState {
  documentId: string;
  status: ReportStatus;
  statusLabel: string;
  dueOn: string | null;
  late: boolean;
  submittedAt: string | null;
  decidedAt: string | null;
  returnReason: string | null;
  period: { key: string | null; label: string | null; start: string | null; end: string | null };
  unit: { id: number; documentId: string; name: string } | null;
  campaign: { id: number; documentId: string; documentNumber: string; title: string } | null;
  counts: Partial<Record<Metric, number | null>> | null;
  computedCounts: Partial<Record<Metric, number | null>> | null;
  corrections: Array<{
    metric: Metric;
    value: number;
    reason: string;
    computedValue: number | null;
  }>;
  countedAt: string | null;
  /** what the campaign asks of the unit for the period; null when it asks nothing */
  targets: Partial<Record<Metric, number>> | null;
  sources: Partial<Record<SourceKind, SourceList>> | null;
  allowed: FlowAction[];
  history: ReportTransition[];
}

export const STATUS_VARIANTS: Record<
  StandingStatus,
  'neutral' | 'secondary' | 'primary' | 'success' | 'danger'
> = {
  missing: 'neutral',
  draft: 'secondary',
  submitted: 'primary',
  accepted: 'success',
  returned: 'danger',
};

/** `2026-01-05` → `05/01/2026`, as Vietnamese documents write dates. */
export const vnDate = (date: string | null | undefined) =>
  date ? date.slice(0, 10).split('-').reverse().join('/') : '—';

/** An instant's day in the configured zone, dd/mm/yyyy. */
export const zonedDate = (value: string | null, timeZone: string) =>
  value ? vnDate(new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(value))) : '—';

/** Content-manager addresses inside the admin (the router adds `/admin`). */
export const editUrl = (uid: string, documentId: string) =>
  `/content-manager/collection-types/${uid}/${documentId}`;

export const listByUnitUrl = (uid: string, unitId: number) =>
  `/content-manager/collection-types/${uid}?page=1&filters[$and][0][unit][id][$eq]=${unitId}`;

/** Downloads a file route with the admin's token; throws the server's message when refused. */
export const useDownload = () => {
  const { get } = useFetchClient();
  return useCallback(
    async (url: string, fallbackName: string) => {
      // 401 still throws, so the fetch client can refresh the token and retry
      const res = await get(url, {
        responseType: 'blob',
        validateStatus: (status) => status !== 401,
      });
      if ((res.status ?? 200) >= 400) {
        const text = await res.data.text();
        let message = text || `HTTP ${res.status}`;
        try {
          message =
            (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
        } catch {
          // not JSON: keep the body as it came
        }
        throw new Error(message);
      }
      const disposition = res.headers?.get('Content-Disposition') ?? '';
      const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
      const href = URL.createObjectURL(res.data);
      const anchor = document.createElement('a');
      anchor.href = href;
      anchor.download = name;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      window.setTimeout(() => URL.revokeObjectURL(href), 30_000);
    },
    [get]
  );
};
