import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Badge, Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import {
  errorMessage,
  formatTime,
  STAGE_COLORS,
  useAdminGet,
  useReviewConfig,
  type ReviewAction,
  type ReviewState,
} from './api';
import type { MessageId } from './messages';

interface PanelProps {
  model: string;
  documentId?: string;
}

const ACTION_VARIANTS: Record<
  ReviewAction,
  'default' | 'secondary' | 'success-light' | 'danger-light'
> = {
  submit: 'default',
  withdraw: 'secondary',
  approve: 'success-light',
  return: 'danger-light',
};

const ReviewPanelContent = ({
  model,
  documentId,
  timeZone,
}: Required<PanelProps> & { timeZone: string }) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: MessageId, values?: Record<string, string | number>) =>
    formatMessage({ id }, values);
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const url = `/cchc/review/${model}/${documentId}`;
  const { data: state, error, reload } = useAdminGet<ReviewState>(url);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const time = (value: string | null) => formatTime(value, timeZone, locale);

  const run = async (action: ReviewAction) => {
    setBusy(true);
    try {
      const res = await post<ReviewState>(`${url}/${action}`, { comment: comment || undefined });
      setComment('');
      toggleNotification({
        type: 'success',
        message: t('cchc.review.action.done', { stage: t(`cchc.review.stage.${res.data.stage}`) }),
      });
      reload();
    } catch (e) {
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  if (error) {
    return (
      <Typography textColor="danger600">{t('cchc.review.error', { message: error })}</Typography>
    );
  }
  if (!state) {
    return null;
  }
  const latestJobs = (['publish', 'unpublish'] as const)
    .map((kind) => state.jobs.find((job) => job.kind === kind))
    .filter((job) => job !== undefined);

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Flex gap={2} wrap="wrap">
        <Badge
          backgroundColor={`${STAGE_COLORS[state.stage]}100`}
          textColor={`${STAGE_COLORS[state.stage]}700`}
        >
          {t(`cchc.review.stage.${state.stage}`)}
        </Badge>
        {state.stageAt && (
          <Typography variant="pi" textColor="neutral600">
            {t('cchc.review.since', { time: time(state.stageAt) })}
          </Typography>
        )}
      </Flex>
      {state.published && (
        <Typography variant="pi" textColor="success600">
          {t('cchc.review.published')}
        </Typography>
      )}

      {(state.publishAt || state.unpublishAt || latestJobs.length > 0) && (
        <Box>
          <Typography variant="sigma" textColor="neutral600">
            {t('cchc.review.schedule')}
          </Typography>
          {state.publishAt && (
            <Typography tag="p" variant="pi">
              {t('cchc.review.schedule.publishAt', { time: time(state.publishAt) })}
            </Typography>
          )}
          {state.unpublishAt && (
            <Typography tag="p" variant="pi">
              {t('cchc.review.schedule.unpublishAt', { time: time(state.unpublishAt) })}
            </Typography>
          )}
          {latestJobs.map((job) => (
            <Typography
              key={job.id}
              tag="p"
              variant="pi"
              textColor={job.status === 'failed' ? 'danger600' : 'neutral600'}
            >
              {t(`cchc.review.job.${job.kind}`)} {time(job.dueAt)}:{' '}
              {t(`cchc.review.job.${job.status}`)}
              {job.lastError ? ` — ${job.lastError}` : ''}
            </Typography>
          ))}
        </Box>
      )}

      {state.allowed.length > 0 && (
        <>
          <Field.Root name="review-comment">
            <Field.Label>{t('cchc.review.comment.label')}</Field.Label>
            <Textarea
              value={comment}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)}
            />
          </Field.Root>
          <Flex gap={2} wrap="wrap">
            {state.allowed.map((action) => (
              <Button
                key={action}
                variant={ACTION_VARIANTS[action]}
                loading={busy}
                onClick={() => run(action)}
              >
                {t(`cchc.review.action.${action}`)}
              </Button>
            ))}
          </Flex>
        </>
      )}

      {state.speechJobs.length > 0 && (
        <Box>
          <Typography variant="sigma" textColor="neutral600">
            {t('cchc.review.speech')}
          </Typography>
          <Typography
            tag="p"
            variant="pi"
            textColor={state.speechJobs[0].status === 'failed' ? 'danger600' : 'neutral600'}
          >
            {t(`cchc.review.speech.${state.speechJobs[0].status}`, {
              seconds: Math.round(Number(state.speechJobs[0].durationSeconds ?? 0)),
            })}
            {state.speechJobs[0].lastError ? ` — ${state.speechJobs[0].lastError}` : ''}
          </Typography>
        </Box>
      )}

      {state.socialPosts.length > 0 && (
        <Box>
          <Typography variant="sigma" textColor="neutral600">
            {t('cchc.review.social')}
          </Typography>
          {state.socialPosts.map((post) => (
            <Typography
              key={post.documentId}
              tag="p"
              variant="pi"
              textColor={post.status === 'failed' ? 'danger600' : 'neutral600'}
            >
              {post.channelName}: {t(`cchc.review.social.${post.status}`)}
              {post.status === 'posted' && post.postedAt ? ` ${time(post.postedAt)}` : ''}
              {post.lastError && post.status !== 'posted' ? ` — ${post.lastError}` : ''}
            </Typography>
          ))}
        </Box>
      )}

      <Box>
        <Typography variant="sigma" textColor="neutral600">
          {t('cchc.review.history')}
        </Typography>
        {state.history.length === 0 ? (
          <Typography tag="p" variant="pi" textColor="neutral600">
            {t('cchc.review.history.empty')}
          </Typography>
        ) : (
          [...state.history].reverse().map((step, index) => (
            <Box key={index} paddingTop={2}>
              <Typography tag="p" variant="pi" fontWeight="bold">
                {step.from ? `${t(`cchc.review.stage.${step.from}`)} → ` : ''}
                {t(`cchc.review.stage.${step.to}`)}
              </Typography>
              <Typography tag="p" variant="pi" textColor="neutral600">
                {time(step.at)} · {step.actor.label ?? step.actor.type}
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

/** Side panel of the content manager's edit view for reviewed types: stage, moves, schedule, history. */
export const ReviewPanel = ({ model, documentId }: PanelProps) => {
  const config = useReviewConfig();
  const { formatMessage } = useIntl();
  if (!config || !config.types.includes(model)) {
    return null;
  }
  return {
    title: formatMessage({ id: 'cchc.review.panel.title' }),
    content: documentId ? (
      <ReviewPanelContent model={model} documentId={documentId} timeZone={config.timeZone} />
    ) : (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: 'cchc.review.save-first' })}
      </Typography>
    ),
  };
};
