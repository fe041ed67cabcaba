import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import {
  unstable_useDocument as useDocument,
  useFetchClient,
  useForm,
  useNotification,
  useQueryParams,
} from '@strapi/strapi/admin';
import { Box, Button, Dialog, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { errorMessage, formatTime, useAdminGet, useReviewConfig } from '../review/api';
import { REPORT_UID, type FlowAction, type ReportState } from './api';
import { PanelEvidence, PanelFigures, PanelHistory, PanelStanding } from './report-panel-parts';
import type { Translate } from './messages';

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
  const parts = { state, t, n, time };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%">
      <PanelStanding {...parts} />

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

      <PanelFigures {...parts} />

      <PanelEvidence {...parts} timeZone={timeZone} />

      <PanelHistory {...parts} />
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
