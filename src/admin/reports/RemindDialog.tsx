import { Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { Bell } from '@strapi/icons';
import type { Translate } from './messages';
import type { useReportProgress } from './useReportProgress';

type Progress = ReturnType<typeof useReportProgress>;

/** Reminds the late units of the summary, after a confirmation that names them. */
export const RemindDialog = ({ progress, t }: { progress: Progress; t: Translate }) => {
  const { summary, lateRows, options, busy, remind } = progress;
  return (
    <Dialog.Root open={progress.confirming} onOpenChange={progress.setConfirming}>
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
  );
};
