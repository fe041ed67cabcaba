import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import type { Translate } from './messages';
import type { useReportProgress } from './useReportProgress';

type Progress = ReturnType<typeof useReportProgress>;

/** The campaign, period and unit pickers, and the DOCX and XLSX downloads. */
export const ProgressFilters = ({
  progress,
  campaign,
  t,
}: {
  progress: Progress;
  campaign: NonNullable<Progress['campaign']>;
  t: Translate;
}) => {
  const { options, period, roots, rootId, choose, summary, busy, save } = progress;
  return (
    <Flex gap={4} paddingBottom={6} alignItems="flex-end" wrap="wrap">
      <Box width="420px">
        <Field.Root name="campaign">
          <Field.Label>{t('cchc.reports.campaign')}</Field.Label>
          <SingleSelect
            value={campaign.documentId}
            onChange={(value: string | number) => choose.campaign(String(value))}
          >
            {(options?.campaigns ?? []).map((c) => (
              <SingleSelectOption key={c.documentId} value={c.documentId}>
                {`${c.documentNumber} — ${c.title}`}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Box width="240px">
        <Field.Root name="period">
          <Field.Label>{t('cchc.reports.period')}</Field.Label>
          <SingleSelect
            value={period ?? ''}
            onChange={(value: string | number) => choose.period(String(value))}
          >
            {campaign.periods.map((p) => (
              <SingleSelectOption key={p.key} value={p.key}>
                {p.key === campaign.currentPeriod
                  ? t('cchc.reports.period.current', { label: p.label })
                  : p.label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Box width="300px">
        <Field.Root name="root">
          <Field.Label>{t('cchc.reports.root')}</Field.Label>
          <SingleSelect
            value={rootId ?? ''}
            onChange={(value: string | number) => choose.root(String(value))}
          >
            {roots.map((r) => (
              <SingleSelectOption key={r.documentId} value={r.documentId}>
                {`${'\u00a0'.repeat(r.depth * 2)}${r.name}`}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Flex gap={2} marginLeft="auto">
        <Button
          variant="secondary"
          startIcon={<Download />}
          disabled={!summary}
          loading={busy === 'docx'}
          onClick={() => save('docx')}
        >
          {t('cchc.reports.download.docx')}
        </Button>
        <Button
          variant="secondary"
          startIcon={<Download />}
          disabled={!summary}
          loading={busy === 'xlsx'}
          onClick={() => save('xlsx')}
        >
          {t('cchc.reports.download.xlsx')}
        </Button>
      </Flex>
    </Flex>
  );
};
