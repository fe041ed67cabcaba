import { Flex } from '@strapi/design-system';
import { CHANNELS, type ReportSummary } from './api';
import { Card } from './progress-cells';
import type { Translate } from './messages';

/** The summary's totals at a glance. */
export const ProgressCards = ({ summary, t }: { summary: ReportSummary; t: Translate }) => (
  <Flex gap={4} paddingBottom={6} wrap="wrap" alignItems="stretch">
    <Card
      label={t('cchc.reports.card.expected')}
      value={summary.totals.expected}
      note={t('cchc.reports.card.expected.of', { units: summary.totals.units })}
    />
    <Card label={t('cchc.reports.card.submitted')} value={summary.totals.submitted} />
    <Card label={t('cchc.reports.card.accepted')} value={summary.totals.accepted} />
    <Card label={t('cchc.reports.card.returned')} value={summary.totals.returned} />
    <Card label={t('cchc.reports.card.missing')} value={summary.totals.missing} />
    <Card
      label={t('cchc.reports.card.late')}
      value={summary.totals.late}
      danger={summary.totals.late > 0}
    />
    <Card
      label={t('cchc.reports.card.completion')}
      value={
        summary.totals.overallCompletion === null
          ? '—'
          : `${Math.round(summary.totals.overallCompletion)}%`
      }
    />
    <Card
      label={t('cchc.reports.card.channels')}
      value={`${summary.totals.channelVariety}/${CHANNELS.length}`}
    />
  </Flex>
);
