import { z } from 'zod';
import type { OperationDoc } from '../core/openapi/operation';
import { rundownQuerySchema } from './rundown-input';

const station = z.strictObject({ slug: z.string().describe('Mã (slug) của đài') });

const clock = z.string().describe('giờ trong ngày, HH:mm:ss, theo múi giờ của hệ thống');

/** One station's day, as `Rundown` of the rundown service. */
const rundown = z.strictObject({
  station: z.strictObject({
    documentId: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: z.string().describe('district_radio, commune_wired hoặc commune_ip'),
    unit: z.string().nullable().describe('tên đơn vị quản lý đài'),
    syllablesPerMinute: z.number().int(),
  }),
  date: z.string().describe('ngày phát, YYYY-MM-DD'),
  windows: z.array(
    z.strictObject({
      label: z.string().nullable(),
      start: clock,
      end: clock,
      seconds: z.number().int().describe('độ dài khung giờ, giây'),
      freeSeconds: z.number().int().describe('thời gian còn trống, giây'),
      items: z.array(
        z.strictObject({
          documentId: z.string(),
          position: z.number().int(),
          startsAt: clock,
          seconds: z.number().int().describe('thời lượng dự kiến, giây'),
          airStatus: z.enum(['planned', 'aired', 'partly_aired', 'cancelled']),
          title: z.string().nullable(),
          scriptDocumentId: z.string().nullable(),
          approved: z
            .boolean()
            .describe(
              'false: kịch bản chưa (hoặc không còn) được duyệt và xuất bản, không có lời, không có âm thanh'
            ),
          script: z.string().describe('lời đọc của phát thanh viên'),
          audioUrl: z.string().nullable().describe('âm thanh của kịch bản trong thư viện tệp'),
        })
      ),
    })
  ),
});

const SHEETS = [
  ['rundown.html', 'rundownSheet', 'text/html', 'Tờ lịch phát sóng in cho phát thanh viên'],
  [
    'rundown.zip',
    'rundownPackage',
    'application/zip',
    'Gói bàn giao: kịch bản, âm thanh, manifest.json',
  ],
] as const;

/** A station's day, for the provincial radio system's token. */
export const radioDocs = (): OperationDoc[] => [
  {
    method: 'get',
    path: '/stations/{slug}/rundown',
    handler: 'station.rundown',
    tag: 'Phát thanh',
    summary: 'Lịch phát sóng một ngày của một đài: chương trình, thời lượng, âm thanh đọc',
    callers: ['apiToken'],
    params: station,
    query: rundownQuerySchema,
    success: {
      json: z.strictObject({ data: rundown }),
    },
    errors: [400, 401, 403, 404, 429, 503],
    example: { query: { date: '2026-12-07' } },
  },
  ...SHEETS.map(([file, action, mime, description]): OperationDoc => ({
    method: 'get',
    path: `/stations/{slug}/${file}`,
    handler: `station.${action}`,
    tag: 'Phát thanh',
    summary: description,
    callers: ['apiToken'],
    params: station,
    query: rundownQuerySchema,
    success: { mime, description },
    errors: [400, 401, 403, 404, 429, 503],
  })),
];
