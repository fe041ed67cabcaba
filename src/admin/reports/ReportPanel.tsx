import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import {
  unstable_useDocument as useDocument,
  useFetchClient,
  useForm,
  useNotification,
  useQueryParams,
} from '@strapi/strapi/admin';
import {
  Badge,
  Box,
  Button,
  Dialog,
  Field,
  Flex,
  Link,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { errorMessage, formatTime, useAdminGet, useReviewConfig } from '../review/api';
import {
  editUrl,
  METRICS,
  REPORT_UID,
  SOURCE_KINDS,
  STATUS_VARIANTS,
  vnDate,
  zonedDate,
  type FlowAction,
  type ReportState,
  type SourceItem,
  type SourceKind,
  type SourceList,
} from './api';
import type { MessageId } from './messages';

type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

interface PanelProps {
  model: string;
  documentId?: string;
  collectionType?: string;
}

const ACTION_VARIANTS: Record<FlowAction, 'default' | 'secondary' | 'success' | 'danger-light'> = {
  submit: 'default',
  withdraw: 'secondary',
  accept: 'success',
  return: 'danger-light',
};

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

const ReportPanelContent = ({
  documentId,
  collectionType,
}: {
  documentId: string;
  collectionType: string;
}) => {
  const intl = useIntl();
  const t: Translate = (id, values) => intl.formatMessage({ id }, values);
  const n = (value: number) => intl.formatNumber(value);
  const config = useReviewConfig();
  const timeZone = config?.timeZone ?? 'Asia/Ho_Chi_Minh';
  const time = (value: string | null) => formatTime(value, timeZone, intl.locale);
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const url = `/cchc/reports/${documentId}`;
  const { data: state, error, reload } = useAdminGet<ReportState>(url);
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  // unsaved edits would be lost (or not sent) by a move; ask for a save first
  const modified = useForm('ReportPanel', (form) => form.modified, false) ?? false;
  // the same query the edit view reads, so that refetching it refreshes the form
  const [{ query }] = useQueryParams<Record<string, unknown>>();
  const params = useMemo(() => {
    const { plugins, ...rest } = query ?? {};
    return Object.assign(
      rest,
      ...Object.values((plugins ?? {}) as Record<string, unknown>).filter(
        (value): value is object => typeof value === 'object' && value !== null
      )
    ) as Record<string, unknown>;
  }, [query]);
  const { refetch } = useDocument({ collectionType, model: REPORT_UID, documentId, params });

  const run = async (action: FlowAction, comment?: string) => {
    setBusy(true);
    try {
      const res = await post<ReportState>(`${url}/${action}`, comment ? { comment } : {});
      toggleNotification({
        type: 'success',
        message: t('cchc.reports.action.done', {
          status: t(`cchc.reports.status.${res.data.status}`),
        }),
      });
      setReturning(false);
      setReason('');
      reload();
      refetch();
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const sendReturn = () => {
    if (!reason.trim()) {
      setReasonError(t('cchc.reports.return.required'));
      return;
    }
    setReasonError(undefined);
    void run('return', reason.trim());
  };

  if (error) {
    return (
      <Typography textColor="danger600">{t('cchc.reports.error', { message: error })}</Typography>
    );
  }
  if (!state) {
    return null;
  }
  const corrections = new Map(state.corrections.map((c) => [c.metric, c]));
  const sources = SOURCE_KINDS.flatMap((kind) => {
    const list = state.sources?.[kind];
    return list && list.items.length > 0 ? [{ kind, list }] : [];
  });

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
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

      {state.allowed.length > 0 && (
        <Flex direction="column" alignItems="stretch" gap={2}>
          {modified && (
            <Typography variant="pi" textColor="warning700">
              {t('cchc.reports.panel.unsaved')}
            </Typography>
          )}
          <Flex gap={2} wrap="wrap">
            {state.allowed.map((action) =>
              action === 'return' ? (
                <Button
                  key={action}
                  variant={ACTION_VARIANTS[action]}
                  disabled={busy || modified}
                  onClick={() => setReturning(true)}
                >
                  {t(`cchc.reports.action.${action}`)}
                </Button>
              ) : (
                <Button
                  key={action}
                  variant={ACTION_VARIANTS[action]}
                  loading={busy}
                  disabled={modified}
                  onClick={() => run(action)}
                >
                  {t(`cchc.reports.action.${action}`)}
                </Button>
              )
            )}
          </Flex>
          <Dialog.Root open={returning} onOpenChange={setReturning}>
            <Dialog.Content>
              <Dialog.Header>{t('cchc.reports.return.title')}</Dialog.Header>
              <Dialog.Body>
                <Box width="100%">
                  <Field.Root
                    name="returnReason"
                    required
                    error={reasonError}
                    hint={t('cchc.reports.return.hint')}
                  >
                    <Field.Label>{t('cchc.reports.return.reason')}</Field.Label>
                    <Textarea
                      value={reason}
                      onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
                        setReason(e.target.value)
                      }
                    />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Box>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.Cancel>
                  <Button fullWidth variant="tertiary">
                    {t('cchc.reports.cancel')}
                  </Button>
                </Dialog.Cancel>
                <Button fullWidth variant="danger-light" loading={busy} onClick={sendReturn}>
                  {t('cchc.reports.action.return')}
                </Button>
              </Dialog.Footer>
            </Dialog.Content>
          </Dialog.Root>
        </Flex>
      )}

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
    </Flex>
  );
};

/** Side panel of a unit report's edit view: status and due date, moves, figures, evidence, history. */
export const ReportPanel = ({ model, documentId, collectionType }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== REPORT_UID) {
    return null;
  }
  return {
    title: formatMessage({ id: 'cchc.reports.panel.title' }),
    content: documentId ? (
      <ReportPanelContent
        documentId={documentId}
        collectionType={collectionType ?? 'collection-types'}
      />
    ) : (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: 'cchc.reports.panel.save-first' })}
      </Typography>
    ),
  };
};
