import { z } from 'zod';
import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';
import type { OperationDoc } from '../core/openapi/operation';
import { ackBodySchema, claimBodySchema, listQuerySchema } from './social-queue-input';
import { calendarQuerySchema } from './services/calendar';

const nullableText = (description: string) => z.string().nullable().describe(description);

/** A queued post as the queue answers it (`PUBLIC_FIELDS`). */
const post = z.strictObject({
  documentId: z.string(),
  contentType: z.string().describe('kiểu nội dung của bài gốc, ví dụ api::article.article'),
  targetDocumentId: z.string().describe('documentId của bài gốc'),
  summary: nullableText('tóm tắt của bài gốc'),
  channelName: nullableText('tên kênh'),
  message: nullableText('nội dung đăng (lời đăng mạng xã hội, không có thì tóm tắt)'),
  hashtags: nullableText('thẻ, ví dụ #CCHC #SonTay'),
  link: nullableText('đường dẫn tuyệt đối đến bài trên trang của đơn vị kênh'),
  imageUrl: nullableText('đường dẫn tuyệt đối của ảnh đại diện'),
  scheduledAt: nullableText('thời điểm đến hạn (ISO 8601)'),
  status: z.enum(['pending', 'leased', 'posted', 'failed', 'cancelled']),
  attempts: z.number().int().nullable(),
  leaseUntil: nullableText('hết hạn thuê (ISO 8601)'),
  externalId: nullableText('mã bài trên mạng xã hội, sau khi đăng'),
  lastError: nullableText('lỗi lần thử gần nhất'),
  postedAt: nullableText('thời điểm đã đăng (ISO 8601)'),
});

const claimed = post.extend({
  leaseToken: z.string().describe('gửi kèm khi báo kết quả (ack)'),
});

const FEEDS = [
  ['rss.xml', 'rss', 'application/rss+xml', 'RSS 2.0'],
  ['atom.xml', 'atom', 'application/atom+xml', 'Atom 1.0'],
  ['feed.json', 'json', 'application/feed+json', 'JSON Feed 1.1'],
] as const;

/** Feeds and the training calendar, as portals and feed readers call them. */
const feedDocs = (strapi: Core.Strapi): OperationDoc[] => [
  ...FEEDS.map(([file, action, mime, format]): OperationDoc => ({
    method: 'get',
    path: `/feeds/${file}`,
    handler: `feeds.${action}`,
    tag: 'Nguồn tin (feeds)',
    summary: `Nguồn tin ${format}: nội dung đã xuất bản, mới nhất trước`,
    description:
      'Của một trang (`site`: nội dung của đơn vị và nội dung cấp trên chia sẻ) hoặc toàn huyện; ' +
      'trả 304 khi `If-None-Match` khớp ETag, kể cả khi kèm `Cache-Control: no-cache`.',
    callers: ['public'],
    query: getService(strapi, 'feeds').querySchema(),
    success: { mime, description: `Nguồn tin ${format}` },
    errors: [400, 404, 429, 503],
    example: { query: { site: 'xa-son-tay', type: 'article', limit: '20' } },
  })),
  {
    method: 'get',
    path: '/trainings/calendar.ics',
    handler: 'feeds.calendar',
    tag: 'Nguồn tin (feeds)',
    summary: 'Lịch hội nghị, tập huấn (iCalendar) của một trang hoặc toàn huyện',
    callers: ['public'],
    query: calendarQuerySchema,
    success: { mime: 'text/calendar', description: 'Lịch iCalendar (RFC 5545)' },
    errors: [400, 404, 429, 503],
  },
];

/** The social posting queue, as posting tools call it. */
const socialQueueDocs: OperationDoc[] = [
  {
    method: 'post',
    path: '/social-queue/claim',
    handler: 'social-queue.claim',
    tag: 'Hàng đợi mạng xã hội',
    summary: 'Nhận tối đa `max` bài đến hạn của một kênh, giữ trong thời hạn thuê',
    description:
      'Hai công cụ không bao giờ nhận cùng một bài; mỗi bài kèm `leaseToken` để báo kết quả.',
    callers: ['apiToken'],
    body: claimBodySchema,
    success: {
      json: z.strictObject({
        data: z.strictObject({ leaseUntil: z.string(), items: z.array(claimed) }),
      }),
    },
    errors: [400, 401, 403, 404, 429, 503],
    example: { body: { channel: 'kzaxogcze5n51uk7lhydrk08', max: 10 } },
  },
  {
    method: 'post',
    path: '/social-queue/{id}/ack',
    handler: 'social-queue.ack',
    tag: 'Hàng đợi mạng xã hội',
    summary: 'Báo kết quả đăng một bài đã nhận (đã đăng hoặc lỗi)',
    callers: ['apiToken'],
    params: z.strictObject({ id: z.string().describe('documentId của bài trong hàng đợi') }),
    body: ackBodySchema,
    success: {
      json: z.strictObject({
        data: z.strictObject({ changed: z.boolean(), message: z.string(), item: post.nullable() }),
      }),
    },
    errors: [400, 401, 403, 404, 409, 429, 503],
    example: { body: { status: 'posted', externalId: '1234567890', leaseToken: '…' } },
  },
  {
    method: 'get',
    path: '/social-queue',
    handler: 'social-queue.list',
    tag: 'Hàng đợi mạng xã hội',
    summary: 'Theo dõi hàng đợi: bài theo kênh và trạng thái',
    callers: ['apiToken'],
    query: listQuerySchema,
    success: {
      json: z.looseObject({
        data: z.array(post),
        meta: z.looseObject({ pagination: z.looseObject({ total: z.number().int() }) }),
      }),
    },
    errors: [400, 401, 403, 429, 503],
  },
];

/** Feeds, the training calendar and the social posting queue, as portals and tools call them. */
export const distributionDocs = (strapi: Core.Strapi): OperationDoc[] => [
  ...feedDocs(strapi),
  ...socialQueueDocs,
];
