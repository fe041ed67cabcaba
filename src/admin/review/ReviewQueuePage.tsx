import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Layouts } from '@strapi/strapi/admin';
import {
  Badge,
  Box,
  Button,
  Flex,
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
import { formatTime, useAdminGet, useReviewConfig, type Queue } from './api';
import type { MessageId } from './messages';

const PAGE_SIZE = 25;
const ALL = '';

/** What waits for the signed-in reviewer, oldest submission first, with links into the entries. */
const ReviewQueuePage = () => {
  const { formatMessage, locale } = useIntl();
  const t = (id: MessageId, values?: Record<string, string | number>) =>
    formatMessage({ id }, values);
  const config = useReviewConfig();
  const [type, setType] = useState(ALL);
  const [page, setPage] = useState(1);
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (type) {
    query.set('type', type);
  }
  const { data: queue, error } = useAdminGet<Queue>(`/cchc/review/queue?${query}`);
  const timeZone = config?.timeZone ?? 'Asia/Ho_Chi_Minh';
  const time = (value: string | null) => formatTime(value, timeZone, locale);
  const columns: MessageId[] = [
    'cchc.review.queue.type',
    'cchc.review.queue.item',
    'cchc.review.queue.unit',
    'cchc.review.queue.submittedAt',
    'cchc.review.queue.submittedBy',
    'cchc.review.queue.publishAt',
  ];

  return (
    <Layouts.Root>
      <Layouts.Header
        title={t('cchc.review.queue.title')}
        subtitle={
          queue ? t('cchc.review.queue.subtitle', { total: queue.pagination.total }) : undefined
        }
      />
      <Layouts.Action
        startActions={
          <Box width="240px">
            <SingleSelect
              aria-label={t('cchc.review.queue.type')}
              value={type}
              onChange={(value: string | number) => {
                setType(String(value));
                setPage(1);
              }}
            >
              <SingleSelectOption value={ALL}>
                {t('cchc.review.queue.all-types')}
              </SingleSelectOption>
              {(config?.types ?? []).map((uid) => (
                <SingleSelectOption key={uid} value={uid}>
                  {uid.split('.').at(-1)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
        }
      />
      <Layouts.Content>
        {error && (
          <Typography textColor="danger600">
            {t('cchc.review.error', { message: error })}
          </Typography>
        )}
        {queue && queue.results.length === 0 && (
          <Box padding={8} background="neutral0" hasRadius shadow="tableShadow">
            <Typography>{t('cchc.review.queue.empty')}</Typography>
          </Box>
        )}
        {queue && queue.results.length > 0 && (
          <>
            <Table colCount={columns.length} rowCount={queue.results.length + 1}>
              <Thead>
                <Tr>
                  {columns.map((id) => (
                    <Th key={id}>
                      <Typography variant="sigma">{t(id)}</Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {queue.results.map((item) => (
                  <Tr key={`${item.contentType}:${item.documentId}`}>
                    <Td>
                      <Typography>{item.typeLabel}</Typography>
                    </Td>
                    <Td>
                      <Link
                        to={`/content-manager/collection-types/${item.contentType}/${item.documentId}`}
                      >
                        {item.title || item.documentId}
                      </Link>
                    </Td>
                    <Td>
                      <Typography>{item.unit?.name ?? ''}</Typography>
                    </Td>
                    <Td>
                      <Typography>{time(item.submittedAt)}</Typography>
                    </Td>
                    <Td>
                      <Flex gap={2}>
                        <Typography>{item.submittedBy ?? ''}</Typography>
                        {!item.canDecide && <Badge>{t('cchc.review.queue.own')}</Badge>}
                      </Flex>
                    </Td>
                    <Td>
                      <Typography>{time(item.publishAt)}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            <Flex justifyContent="space-between" paddingTop={4}>
              <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('cchc.review.queue.previous')}
              </Button>
              <Typography>
                {t('cchc.review.queue.page', {
                  page,
                  pageCount: Math.max(queue.pagination.pageCount, 1),
                })}
              </Typography>
              <Button
                variant="tertiary"
                disabled={page >= queue.pagination.pageCount}
                onClick={() => setPage(page + 1)}
              >
                {t('cchc.review.queue.next')}
              </Button>
            </Flex>
          </>
        )}
      </Layouts.Content>
    </Layouts.Root>
  );
};

export default ReviewQueuePage;
