import { useIntl } from 'react-intl';
import { Layouts } from '@strapi/strapi/admin';
import { Box, Loader, Typography } from '@strapi/design-system';
import { vnDate } from './api';
import { ProgressCards } from './ProgressCards';
import { ProgressFilters } from './ProgressFilters';
import { ProgressTable } from './ProgressTable';
import { RemindDialog } from './RemindDialog';
import type { Translate } from './messages';
import { useReportProgress } from './useReportProgress';

/** Where a campaign's reports stand for a period: who sent, who is late, how far the targets are. */
const ReportProgressPage = () => {
  const intl = useIntl();
  const t: Translate = (id, values) => intl.formatMessage({ id }, values);
  const formatNumber = (value: number) => intl.formatNumber(value);
  const progress = useReportProgress(t);
  const { options, optionsError, campaign, summary, error } = progress;

  return (
    <Layouts.Root>
      <Layouts.Header
        title={t('cchc.reports.title')}
        subtitle={
          summary
            ? t('cchc.reports.subtitle', {
                campaign: summary.campaign.documentNumber,
                period: summary.period.label,
                dueOn: vnDate(summary.period.dueOn),
                unit: summary.root.name,
              })
            : undefined
        }
        primaryAction={<RemindDialog progress={progress} t={t} />}
      />
      <Layouts.Content>
        {optionsError && (
          <Typography textColor="danger600">
            {t('cchc.reports.error', { message: optionsError })}
          </Typography>
        )}
        {options && options.campaigns.length === 0 && (
          <Box padding={8} background="neutral0" hasRadius shadow="tableShadow">
            <Typography>{t('cchc.reports.none')}</Typography>
          </Box>
        )}
        {campaign && <ProgressFilters progress={progress} campaign={campaign} t={t} />}
        {error && (
          <Box paddingBottom={4}>
            <Typography textColor="danger600">
              {t('cchc.reports.error', { message: error })}
            </Typography>
          </Box>
        )}
        {campaign && !summary && !error && <Loader>{t('cchc.reports.title')}</Loader>}
        {summary && (
          <>
            <ProgressCards summary={summary} t={t} />
            {summary.rows.length === 0 ? (
              <Box padding={8} background="neutral0" hasRadius shadow="tableShadow">
                <Typography>{t('cchc.reports.empty')}</Typography>
              </Box>
            ) : (
              <ProgressTable
                summary={summary}
                itemLists={options?.itemLists ?? []}
                targeted={progress.targeted}
                rootDepth={progress.rootDepth}
                formatNumber={formatNumber}
                t={t}
              />
            )}
          </>
        )}
      </Layouts.Content>
    </Layouts.Root>
  );
};

export default ReportProgressPage;
