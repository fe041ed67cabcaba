import { Link as RouterLink } from 'react-router-dom';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { editUrl, listByUnitUrl, REPORT_UID, type ReportOptions, type SummaryRow } from './api';
import type { Translate } from './messages';

export const CompletionBar = ({ value }: { value: number | null }) => {
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

export const Card = ({
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

export const MetricCell = ({
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

export const UnitCell = ({
  row,
  indent,
  itemLists,
  t,
}: {
  row: SummaryRow;
  indent: number;
  /** the unit's own items, for checking what the numbers are made of */
  itemLists: ReportOptions['itemLists'];
  t: Translate;
}) => (
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
      {itemLists.map(({ kind, uid }) => (
        <Link key={uid} tag={RouterLink} to={listByUnitUrl(uid, row.unit.id)} color="neutral600">
          <Typography variant="pi">{t(`cchc.reports.items.${kind}`)}</Typography>
        </Link>
      ))}
    </Flex>
  </Flex>
);
