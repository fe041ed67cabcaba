import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { errorMessage } from '../review/api';
import type { MessageId } from './messages';

const SITE_TOKEN_UID = 'plugin::cchc.site-token';

interface PanelProps {
  model: string;
  documentId?: string;
}

interface IssuedKey {
  key: string;
  keyPrefix: string;
}

const SiteTokenPanelContent = ({ documentId }: { documentId: string }) => {
  const { formatMessage } = useIntl();
  const t = (id: MessageId, values?: Record<string, string>) => formatMessage({ id }, values);
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const storedPrefix = useForm(
    'SiteTokenPanel',
    (form) => (form.values as { keyPrefix?: string | null }).keyPrefix ?? null
  );
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = issued?.keyPrefix ?? storedPrefix ?? null;

  const issue = async () => {
    if (prefix && !window.confirm(t('cchc.siteTokens.panel.replace.confirm', { prefix }))) {
      return;
    }
    setBusy(true);
    try {
      const res = await post<{ data: IssuedKey }>(`/cchc/site-tokens/${documentId}/key`);
      setIssued(res.data.data);
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {issued && (
        <Box>
          <Field.Root name="site-token-key" hint={t('cchc.siteTokens.panel.copy-now')}>
            <Field.Label>{t('cchc.siteTokens.panel.key')}</Field.Label>
            <TextInput value={issued.key} readOnly onFocus={(e) => e.currentTarget.select()} />
            <Field.Hint />
          </Field.Root>
        </Box>
      )}
      <Typography variant="pi" textColor="neutral600">
        {t('cchc.siteTokens.panel.hint')}
      </Typography>
      <Button variant={prefix ? 'secondary' : 'default'} loading={busy} onClick={issue} fullWidth>
        {prefix ? t('cchc.siteTokens.panel.replace') : t('cchc.siteTokens.panel.create')}
      </Button>
    </Flex>
  );
};

/** Side panel of a site token's edit view: creates its key and shows it this once. */
export const SiteTokenPanel = ({ model, documentId }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== SITE_TOKEN_UID) {
    return null;
  }
  return {
    title: formatMessage({ id: 'cchc.siteTokens.panel.title' }),
    content: documentId ? (
      <SiteTokenPanelContent documentId={documentId} />
    ) : (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: 'cchc.siteTokens.panel.save-first' })}
      </Typography>
    ),
  };
};
