import { z } from 'zod';
import type { OperationDoc } from '../core/openapi/operation';
import { searchQuerySchema, suggestQuerySchema } from './search-input';

const hit = z.looseObject({
  type: z.string(),
  documentId: z.string(),
  title: z.string(),
  slug: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string(),
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
      json: z.looseObject({
        data: z.array(hit),
        meta: z.looseObject({ pagination: z.looseObject({ total: z.number().int() }) }),
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
    success: { json: z.looseObject({ data: z.array(z.looseObject({ title: z.string() })) }) },
    errors: [400, 404, 429, 503],
    example: { query: { q: 'thu tuc tr' } },
  },
];
