import { z } from 'zod';
import type { OperationDoc } from '../core/openapi/operation';
import { searchQuerySchema, suggestQuerySchema } from './search-input';

const markedTitle = z.string().describe('tiêu đề đã thoát HTML, từ khớp trong <mark>');

/** One hit, as `SearchHit` of the search service. */
const hit = z.strictObject({
  type: z.string().describe('kiểu nội dung: article, leaflet, broadcast-script, training'),
  documentId: z.string(),
  title: z.string(),
  slug: z.string().nullable(),
  url: z.string().describe('đường dẫn tuyệt đối đến mục trên trang'),
  publishedAt: z.string().describe('thời điểm xuất bản (ISO 8601)'),
  score: z.number().describe('mức liên quan, cao hơn trước'),
  highlight: z.strictObject({
    title: markedTitle,
    snippet: z.string().nullable().describe('đoạn trích quanh từ khớp đầu tiên, cùng cách'),
  }),
  unit: z.strictObject({ name: z.string(), slug: z.string() }).nullable(),
});

/** Search over what the sites show. */
export const searchDocs = (): OperationDoc[] => [
  {
    method: 'get',
    path: '/search',
    handler: 'search.find',
    tag: 'Tìm kiếm',
    summary: 'Tìm tin bài, tài liệu, chương trình phát thanh và hội nghị đã xuất bản',
    description:
      'Tiếng Việt có dấu hoặc không dấu; xếp theo mức liên quan (hoặc `sort=newest`), có đoạn trích ' +
      'và tô đậm từ khớp.',
    callers: ['public'],
    query: searchQuerySchema,
    success: {
      json: z.strictObject({
        data: z.array(hit),
        meta: z.strictObject({
          pagination: z.strictObject({
            page: z.number().int(),
            pageSize: z.number().int(),
            pageCount: z.number().int(),
            total: z.number().int(),
          }),
          approximate: z
            .boolean()
            .describe('không mục nào chứa đủ các từ: đây là các tiêu đề gần giống (gõ sai)'),
          totalCapped: z
            .boolean()
            .describe('có nhiều mục khớp hơn số mục mới nhất được xếp hạng và đếm'),
        }),
      }),
    },
    errors: [400, 404, 429, 503],
    example: { query: { q: 'thủ tục trực tuyến', site: 'xa-son-tay' } },
  },
  {
    method: 'get',
    path: '/search/suggest',
    handler: 'search.suggest',
    tag: 'Tìm kiếm',
    summary: 'Gợi ý tối đa 8 tiêu đề cho ô tìm kiếm khi đang gõ',
    callers: ['public'],
    query: suggestQuerySchema,
    success: {
      json: z.strictObject({
        data: z.array(
          z.strictObject({
            title: z.string(),
            highlight: markedTitle,
            type: z.string(),
            documentId: z.string(),
          })
        ),
      }),
    },
    errors: [400, 404, 429, 503],
    example: { query: { q: 'thu tuc tr' } },
  },
];
