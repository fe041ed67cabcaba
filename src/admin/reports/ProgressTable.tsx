import {
  Badge,
  Box,
  Flex,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import {
  CHANNELS,
  STATUS_VARIANTS,
  vnDate,
  type Metric,
  type ReportOptions,
  type ReportSummary,
} from './api';
import { CompletionBar, MetricCell, UnitCell } from './progress-cells';
import type { Translate } from './messages';

/** One row per unit under the chosen one, late units marked, and the totals. */
export const ProgressTable = ({
  summary,
  itemLists,
  targeted,
  rootDepth,
  formatNumber,
  t,
}: {
  summary: ReportSummary;
  itemLists: ReportOptions['itemLists'];
  targeted: Metric[];
  rootDepth: number;
  formatNumber: (value: number) => string;
  t: Translate;
}) => {
  const columns: Array<{ label: string; title?: string }> = [
    { label: t('cchc.reports.col.unit') },
    { label: t('cchc.reports.col.status') },
    { label: t('cchc.reports.col.due') },
    { label: t('cchc.reports.col.completion') },
    ...targeted.map((metric: Metric) => ({
      label: t(`cchc.reports.metric.short.${metric}`),
      title: t(`cchc.reports.metric.${metric}`),
    })),
    { label: t('cchc.reports.col.channels') },
  ];

  return (
    <Table colCount={columns.length} rowCount={summary.rows.length + 2}>
      <Thead>
        <Tr>
          {columns.map(({ label, title }) => (
            <Th key={label}>
              <Typography variant="sigma" title={title}>
                {label}
              </Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {summary.rows.map((row) => (
          <Tr key={row.unit.documentId} background={row.late ? 'danger100' : undefined}>
            <Td
              borderStyle="solid"
              borderColor={row.late ? 'danger600' : 'transparent'}
              borderWidth="0 0 0 4px"
            >
              <UnitCell
                row={row}
                indent={Math.max(0, row.unit.depth - rootDepth - 1)}
                itemLists={itemLists}
                t={t}
              />
            </Td>
            <Td>
              <Flex gap={1} wrap="wrap">
                <Badge variant={STATUS_VARIANTS[row.status]}>
                  {t(`cchc.reports.status.${row.status}`)}
                </Badge>
                {row.late && (
                  <Badge backgroundColor="danger600" textColor="neutral0">
                    {t('cchc.reports.late')}
                  </Badge>
                )}
              </Flex>
              {!row.expected && (
                <Typography variant="pi" textColor="neutral500" tag="p">
                  {t('cchc.reports.not-expected')}
                </Typography>
              )}
            </Td>
            <Td>
              <Typography
                textColor={row.late ? 'danger600' : 'neutral800'}
                fontWeight={row.late ? 'bold' : undefined}
              >
                {vnDate(row.dueOn)}
              </Typography>
            </Td>
            <Td>
              <CompletionBar value={row.overallCompletion} />
              {row.source === 'system' && (
                <Typography variant="pi" textColor="neutral500" tag="p">
                  {t('cchc.reports.system')}
                </Typography>
              )}
            </Td>
            {targeted.map((metric) => (
              <Td key={metric}>
                <MetricCell
                  count={row.counts[metric]}
                  target={row.targets[metric]}
                  formatNumber={formatNumber}
                />
              </Td>
            ))}
            <Td>
              <Typography variant="pi" fontWeight="bold">
                {row.channelVariety}/{CHANNELS.length}
              </Typography>
              {row.channels.length > 0 && (
                <Box minWidth="120px" maxWidth="140px" style={{ whiteSpace: 'normal' }}>
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {row.channels.map((c) => t(`cchc.reports.channel.${c}`)).join(', ')}
                  </Typography>
                </Box>
              )}
            </Td>
          </Tr>
        ))}
        <Tr background="neutral100">
          <Td>
            <Typography fontWeight="bold">
              {t('cchc.reports.total', { units: summary.totals.units })}
            </Typography>
          </Td>
          <Td>
            <Typography variant="pi">
              {t('cchc.reports.total.sent', {
                done: summary.totals.submitted + summary.totals.accepted,
                expected: summary.totals.expected,
              })}
            </Typography>
          </Td>
          <Td>
            <Typography>{vnDate(summary.period.dueOn)}</Typography>
          </Td>
          <Td>
            <CompletionBar value={summary.totals.overallCompletion} />
          </Td>
          {targeted.map((metric) => (
            <Td key={metric}>
              <MetricCell
                count={summary.totals.counts[metric]}
                target={summary.totals.targets[metric]}
                formatNumber={formatNumber}
              />
            </Td>
          ))}
          <Td>
            <Typography variant="pi" fontWeight="bold">
              {summary.totals.channelVariety}/{CHANNELS.length}
            </Typography>
          </Td>
        </Tr>
      </Tbody>
    </Table>
  );
};
