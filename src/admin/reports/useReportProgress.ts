import { useState } from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorMessage, useAdminGet } from '../review/api';
import {
  METRICS,
  useDownload,
  type RemindResult,
  type ReportOptions,
  type ReportSummary,
} from './api';
import type { Translate } from './messages';

/** The page's choices (campaign, period, unit), the summary they select, and its actions. */
export const useReportProgress = (t: Translate) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const download = useDownload();
  const { data: options, error: optionsError } =
    useAdminGet<ReportOptions>('/cchc/reports/options');
  const [campaignId, setCampaignId] = useState('');
  const [periodKey, setPeriodKey] = useState('');
  const [rootChoice, setRootChoice] = useState('');
  const [busy, setBusy] = useState<'docx' | 'xlsx' | 'remind' | null>(null);
  const [confirming, setConfirming] = useState(false);

  const campaign =
    options?.campaigns.find((c) => c.documentId === campaignId) ?? options?.campaigns[0];
  const period =
    campaign?.periods.find((p) => p.key === periodKey)?.key ??
    campaign?.currentPeriod ??
    campaign?.periods[0]?.key;
  const roots = options?.roots ?? [];
  const rootId =
    roots.find((r) => r.documentId === rootChoice)?.documentId ??
    campaign?.issuingUnit?.documentId ??
    roots[0]?.documentId;
  const query = campaign
    ? new URLSearchParams({
        campaign: campaign.documentId,
        ...(period ? { period } : {}),
        ...(rootId ? { unit: rootId } : {}),
      })
    : null;
  const { data, error } = useAdminGet<ReportSummary>(
    query ? `/cchc/reports/summary?${query}` : null
  );
  // a previous choice's answer stays until the new one arrives; show only the chosen one
  const summary =
    data &&
    data.campaign.documentId === campaign?.documentId &&
    data.period.key === period &&
    (!rootId || data.root.documentId === rootId)
      ? data
      : null;
  const lateRows = summary?.rows.filter((row) => row.late) ?? [];
  const targeted = METRICS.filter((metric) => summary?.totals.targets[metric] !== undefined);
  const rootDepth = summary?.root.depth ?? 0;

  const save = async (kind: 'docx' | 'xlsx') => {
    if (!query) {
      return;
    }
    setBusy(kind);
    try {
      await download(`/cchc/reports/summary.${kind}?${query}`, `bao-cao-cchc.${kind}`);
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };

  const remind = async () => {
    if (!summary) {
      return;
    }
    setBusy('remind');
    try {
      const res = await post<RemindResult>('/cchc/reports/remind', {
        campaign: summary.campaign.documentId,
        period: summary.period.key,
        unit: summary.root.documentId,
        units: lateRows.map((row) => row.unit.documentId),
      });
      const { queued, skipped } = res.data;
      const reasons = skipped.map((s) => `${s.unit}: ${s.why}`).join(' ');
      toggleNotification({
        type: queued.length > 0 ? 'success' : 'warning',
        message: `${t('cchc.reports.remind.done', {
          queued: queued.length,
          skipped: skipped.length,
        })}${reasons ? ` ${reasons}` : ''}`,
      });
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    } finally {
      setBusy(null);
      setConfirming(false);
    }
  };

  const choose = {
    campaign: (value: string) => {
      setCampaignId(value);
      setPeriodKey('');
      setRootChoice('');
    },
    period: setPeriodKey,
    root: setRootChoice,
  };
  return {
    options,
    optionsError,
    campaign,
    period,
    roots,
    rootId,
    choose,
    summary,
    error,
    lateRows,
    targeted,
    rootDepth,
    busy,
    confirming,
    setConfirming,
    save,
    remind,
  };
};
