import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, useFetchClient, useNotification } from '@strapi/strapi/admin';
import {
  Badge,
  Box,
  Button,
  Dialog,
  Field,
  Flex,
  Link,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Bell, Download } from '@strapi/icons';
import { errorMessage, useAdminGet } from '../review/api';
import {
  CHANNELS,
  editUrl,
  listByUnitUrl,
  METRICS,
  REPORT_UID,
  STATUS_VARIANTS,
  useDownload,
  vnDate,
  type Metric,
  type RemindResult,
  type ReportOptions,
  type ReportSummary,
  type SummaryRow,
} from './api';
import type { MessageId } from './messages';

type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

/** The unit's own items, for checking what the numbers are made of. */
const ITEM_LISTS = [
  ['cchc.reports.items.articles', 'api::article.article'],
  ['cchc.reports.items.broadcasts', 'api::broadcast-script.broadcast-script'],
  ['cchc.reports.items.leaflets', 'api::leaflet.leaflet'],
  ['cchc.reports.items.trainings', 'api::training.training'],
] as const satisfies ReadonlyArray<readonly [MessageId, string]>;

const CompletionBar = ({ value }: { value: number | null }) => {
  if (value === null) {
    return <Typography textColor="neutral500">—</Typography>;
  }
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  const color = percent >= 100 ? 'success500' : percent >= 50 ? 'primary600' : 'warning500';
  return (
    <Flex gap={2} alignItems="center">
      <Box
        background="neutral150"
        hasRadius
        height="8px"
        width="72px"
        overflow="hidden"
        aria-hidden
      >
        <Box background={color} height="8px" width={`${percent}%`} />
      </Box>
      <Typography variant="pi" fontWeight="bold">
        {percent}%
      </Typography>
    </Flex>
  );
};

const Card = ({
  label,
  value,
  note,
  danger = false,
}: {
  label: string;
  value: string | number;
  note?: string;
  danger?: boolean;
}) => (
  <Box
    flex="1 1 150px"
    padding={4}
    hasRadius
    background={danger ? 'danger100' : 'neutral0'}
    borderColor={danger ? 'danger200' : 'neutral150'}
    shadow="tableShadow"
  >
    <Typography variant="sigma" textColor={danger ? 'danger700' : 'neutral600'} tag="p">
      {label}
    </Typography>
    <Typography variant="alpha" textColor={danger ? 'danger600' : 'neutral800'} tag="p">
      {value}
    </Typography>
    {note && (
      <Typography variant="pi" textColor="neutral600" tag="p">
        {note}
      </Typography>
    )}
  </Box>
);

const MetricCell = ({
  count,
  target,
  formatNumber,
}: {
  count: number;
  target: number | undefined;
  formatNumber: (value: number) => string;
}) =>
  target === undefined ? (
    <Typography variant="pi" textColor="neutral500">
      {formatNumber(count)}
    </Typography>
  ) : (
    <Typography
      variant="pi"
      fontWeight="semiBold"
      textColor={count >= target ? 'success600' : 'neutral800'}
    >
      {formatNumber(count)} / {formatNumber(target)}
    </Typography>
  );

const UnitCell = ({ row, indent, t }: { row: SummaryRow; indent: number; t: Translate }) => (
  <Flex
    direction="column"
    alignItems="flex-start"
    gap={1}
    paddingLeft={indent * 4}
    minWidth="220px"
    maxWidth="280px"
    style={{ whiteSpace: 'normal' }}
  >
    {row.report ? (
      <Link
        tag={RouterLink}
        to={editUrl(REPORT_UID, row.report.documentId)}
        title={t('cchc.reports.open-report')}
      >
        {row.unit.name}
      </Link>
    ) : (
      <Typography fontWeight="semiBold">{row.unit.name}</Typography>
    )}
    <Flex gap={2} wrap="wrap">
      {ITEM_LISTS.map(([label, uid]) => (
        <Link key={uid} tag={RouterLink} to={listByUnitUrl(uid, row.unit.id)} color="neutral600">
          <Typography variant="pi">{t(label)}</Typography>
        </Link>
      ))}
    </Flex>
  </Flex>
);

/** Where a campaign's reports stand for a period: who sent, who is late, how far the targets are. */
const ReportProgressPage = () => {
  const intl = useIntl();
  const t: Translate = (id, values) => intl.formatMessage({ id }, values);
  const formatNumber = (value: number) => intl.formatNumber(value);
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
        primaryAction={
          <Dialog.Root open={confirming} onOpenChange={setConfirming}>
            <Dialog.Trigger>
              <Button
                variant="danger-light"
                startIcon={<Bell />}
                disabled={!summary || lateRows.length === 0 || !options?.canRemind}
              >
                {t('cchc.reports.remind', { count: lateRows.length })}
              </Button>
            </Dialog.Trigger>
            <Dialog.Content>
              <Dialog.Header>{t('cchc.reports.remind.title')}</Dialog.Header>
              <Dialog.Body>
                <Flex direction="column" alignItems="stretch" gap={2} width="100%">
                  <Typography>
                    {t('cchc.reports.remind.body', {
                      count: lateRows.length,
                      period: summary?.period.label ?? '',
                    })}
                  </Typography>
                  <Box tag="ul" paddingLeft={4}>
                    {lateRows.map((row) => (
                      <Typography key={row.unit.documentId} tag="li" variant="omega">
                        {row.unit.name} — {t(`cchc.reports.status.${row.status}`)}
                      </Typography>
                    ))}
                  </Box>
                </Flex>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.Cancel>
                  <Button fullWidth variant="tertiary">
                    {t('cchc.reports.cancel')}
                  </Button>
                </Dialog.Cancel>
                <Button
                  fullWidth
                  variant="danger-light"
                  startIcon={<Bell />}
                  loading={busy === 'remind'}
                  onClick={remind}
                >
                  {t('cchc.reports.remind.send')}
                </Button>
              </Dialog.Footer>
            </Dialog.Content>
          </Dialog.Root>
        }
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
        {campaign && (
          <Flex gap={4} paddingBottom={6} alignItems="flex-end" wrap="wrap">
            <Box width="420px">
              <Field.Root name="campaign">
                <Field.Label>{t('cchc.reports.campaign')}</Field.Label>
                <SingleSelect
                  value={campaign.documentId}
                  onChange={(value: string | number) => {
                    setCampaignId(String(value));
                    setPeriodKey('');
                    setRootChoice('');
                  }}
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
                  onChange={(value: string | number) => setPeriodKey(String(value))}
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
                  onChange={(value: string | number) => setRootChoice(String(value))}
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
        )}
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
            {summary.rows.length === 0 ? (
              <Box padding={8} background="neutral0" hasRadius shadow="tableShadow">
                <Typography>{t('cchc.reports.empty')}</Typography>
              </Box>
            ) : (
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
            )}
          </>
        )}
      </Layouts.Content>
    </Layouts.Root>
  );
};

export default ReportProgressPage;
