import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Badge, Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import {
  editUrl,
  METRICS,
  SOURCE_KINDS,
  STATUS_VARIANTS,
  vnDate,
  zonedDate,
  type ReportState,
  type SourceItem,
  type SourceKind,
  type SourceList,
} from './api';
import type { Translate } from './messages';

export interface PartProps {
  state: ReportState;
  t: Translate;
  n: (value: number) => string;
  time: (value: string | null) => string;
}

const SHOWN = 5;

/** What an evidence item adds beyond itself: copies, minutes aired, people attending. */
const itemValues = (kind: SourceKind, item: SourceItem, t: Translate, n: (v: number) => string) => {
  const values = item.values ?? {};
  switch (kind) {
    case 'leaflets':
      return t('cchc.reports.value.copies', {
        printed: n(values.copiesPrinted ?? 0),
        distributed: n(values.copiesDistributed ?? 0),
      });
    case 'broadcasts':
      return t('cchc.reports.value.minutes', {
        minutes: n(
          Math.round(((values.airedSeconds || values.plannedSeconds || 0) / 60) * 10) / 10
        ),
      });
    case 'trainings':
      return t('cchc.reports.value.participants', { count: n(values.participantsActual ?? 0) });
    default:
      return '';
  }
};

const SourceGroup = ({
  kind,
  list,
  t,
  n,
  timeZone,
}: {
  kind: SourceKind;
  list: SourceList;
  t: Translate;
  n: (v: number) => string;
  timeZone: string;
}) => {
  const [open, setOpen] = useState(false);
  const items = open ? list.items : list.items.slice(0, SHOWN);
  return (
    <Box paddingTop={2}>
      <Typography tag="p" variant="pi" fontWeight="bold">
        {t(`cchc.reports.source.${kind}`)} ({n(list.items.length)}
        {list.truncated ? '+' : ''})
      </Typography>
      {items.map((item) => {
        const extra = itemValues(kind, item, t, n);
        return (
          <Box key={item.documentId} paddingLeft={2}>
            <Link tag={RouterLink} to={editUrl(list.uid, item.documentId)}>
              <Typography variant="pi">{item.title || t('cchc.reports.panel.untitled')}</Typography>
            </Link>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {zonedDate(item.at, timeZone)}
              {extra ? ` · ${extra}` : ''}
            </Typography>
          </Box>
        );
      })}
      {list.items.length > SHOWN && (
        <Button variant="ghost" size="S" onClick={() => setOpen(!open)}>
          {open
            ? t('cchc.reports.panel.evidence.less')
            : t('cchc.reports.panel.evidence.more', { count: list.items.length - SHOWN })}
        </Button>
      )}
      {list.truncated && (open || list.items.length <= SHOWN) && (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {t('cchc.reports.panel.evidence.truncated', { count: n(list.items.length) })}
        </Typography>
      )}
    </Box>
  );
};

/** Status, due date, when it was sent and decided, and why it came back. */
export const PanelStanding = ({ state, t, time }: PartProps) => (
  <Box>
    <Flex gap={2} wrap="wrap" alignItems="center">
      <Badge variant={STATUS_VARIANTS[state.status]}>
        {t(`cchc.reports.status.${state.status}`)}
      </Badge>
      {state.late && (
        <Badge backgroundColor="danger600" textColor="neutral0">
          {t('cchc.reports.late')}
        </Badge>
      )}
      {state.period.label && <Typography variant="pi">{state.period.label}</Typography>}
    </Flex>
    {state.dueOn && (
      <Typography
        tag="p"
        variant="pi"
        paddingTop={2}
        textColor={state.late ? 'danger600' : 'neutral600'}
        fontWeight={state.late ? 'bold' : undefined}
      >
        {t('cchc.reports.panel.due', { date: vnDate(state.dueOn) })}
      </Typography>
    )}
    {state.submittedAt && (
      <Typography tag="p" variant="pi" textColor="neutral600">
        {t('cchc.reports.panel.submittedAt', { time: time(state.submittedAt) })}
      </Typography>
    )}
    {state.decidedAt && (state.status === 'accepted' || state.status === 'returned') && (
      <Typography tag="p" variant="pi" textColor="neutral600">
        {t(
          state.status === 'accepted'
            ? 'cchc.reports.panel.acceptedAt'
            : 'cchc.reports.panel.returnedAt',
          { time: time(state.decidedAt) }
        )}
      </Typography>
    )}
    {state.status === 'returned' && state.returnReason && (
      <Box marginTop={2} padding={2} hasRadius background="danger100">
        <Typography tag="p" variant="pi" textColor="danger700">
          {t('cchc.reports.panel.returnReason', { reason: state.returnReason })}
        </Typography>
      </Box>
    )}
  </Box>
);

/** Each metric's target, the system's count and the reported figure, corrections marked. */
export const PanelFigures = ({ state, t, n, time }: PartProps) => {
  const corrections = new Map(state.corrections.map((c) => [c.metric, c]));
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600">
        {t('cchc.reports.panel.figures')}
      </Typography>
      {state.counts || state.computedCounts ? (
        <Box paddingTop={2}>
          <Flex gap={2} paddingBottom={1}>
            <Box flex="1">
              <Typography variant="pi" textColor="neutral600">
                {t('cchc.reports.panel.metric')}
              </Typography>
            </Box>
            <Box width="48px" textAlign="right">
              <Typography variant="pi" textColor="neutral600">
                {t('cchc.reports.panel.target')}
              </Typography>
            </Box>
            <Box width="56px" textAlign="right">
              <Typography variant="pi" textColor="neutral600">
                {t('cchc.reports.panel.computed')}
              </Typography>
            </Box>
            <Box width="56px" textAlign="right">
              <Typography variant="pi" textColor="neutral600">
                {t('cchc.reports.panel.reported')}
              </Typography>
            </Box>
          </Flex>
          {METRICS.map((metric) => {
            const correction = corrections.get(metric);
            const computed = state.computedCounts?.[metric] ?? correction?.computedValue;
            const reported = state.counts?.[metric];
            return (
              <Box
                key={metric}
                paddingTop={1}
                paddingBottom={1}
                paddingLeft={correction ? 1 : 0}
                paddingRight={correction ? 1 : 0}
                hasRadius
                background={correction ? 'warning100' : undefined}
              >
                <Flex gap={2} alignItems="baseline">
                  <Box flex="1">
                    <Typography variant="pi">{t(`cchc.reports.metric.${metric}`)}</Typography>
                  </Box>
                  <Box width="48px" textAlign="right">
                    <Typography variant="pi" textColor="neutral600">
                      {state.targets?.[metric] ? n(state.targets[metric]!) : '—'}
                    </Typography>
                  </Box>
                  <Box width="56px" textAlign="right">
                    <Typography variant="pi" textColor="neutral600">
                      {computed === null || computed === undefined ? '—' : n(computed)}
                    </Typography>
                  </Box>
                  <Box width="56px" textAlign="right">
                    <Typography
                      variant="pi"
                      fontWeight="bold"
                      textColor={correction ? 'warning700' : 'neutral800'}
                    >
                      {reported === null || reported === undefined ? '—' : n(reported)}
                    </Typography>
                  </Box>
                </Flex>
                {correction && (
                  <Typography tag="p" variant="pi" textColor="warning700">
                    {t('cchc.reports.panel.corrected', { reason: correction.reason })}
                  </Typography>
                )}
              </Box>
            );
          })}
          {state.countedAt && (
            <Typography tag="p" variant="pi" textColor="neutral600" paddingTop={1}>
              {t('cchc.reports.panel.countedAt', { time: time(state.countedAt) })}
            </Typography>
          )}
        </Box>
      ) : (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {t('cchc.reports.panel.not-counted')}
        </Typography>
      )}
    </Box>
  );
};

/** The items the system counted, by kind. */
export const PanelEvidence = ({ state, t, n, timeZone }: PartProps & { timeZone: string }) => {
  const sources = SOURCE_KINDS.flatMap((kind) => {
    const list = state.sources?.[kind];
    return list && list.items.length > 0 ? [{ kind, list }] : [];
  });
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600">
        {t('cchc.reports.panel.evidence')}
      </Typography>
      {sources.length === 0 ? (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {t('cchc.reports.panel.evidence.none')}
        </Typography>
      ) : (
        sources.map(({ kind, list }) => (
          <SourceGroup key={kind} kind={kind} list={list} t={t} n={n} timeZone={timeZone} />
        ))
      )}
    </Box>
  );
};

/** The report's moves, newest first. */
export const PanelHistory = ({ state, t, time }: PartProps) => (
  <Box>
    <Typography variant="sigma" textColor="neutral600">
      {t('cchc.reports.panel.history')}
    </Typography>
    {state.history.length === 0 ? (
      <Typography tag="p" variant="pi" textColor="neutral600">
        {t('cchc.reports.panel.history.empty')}
      </Typography>
    ) : (
      [...state.history].reverse().map((step, index) => (
        <Box key={index} paddingTop={2}>
          <Typography tag="p" variant="pi" fontWeight="bold">
            {step.from ? `${t(`cchc.reports.status.${step.from}`)} → ` : ''}
            {step.to ? t(`cchc.reports.status.${step.to}`) : ''}
          </Typography>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {time(step.at)} · {step.actor ?? t('cchc.reports.panel.actor.unknown')}
          </Typography>
          {step.comment && (
            <Typography tag="p" variant="pi">
              «{step.comment}»
            </Typography>
          )}
        </Box>
      ))
    )}
  </Box>
);
