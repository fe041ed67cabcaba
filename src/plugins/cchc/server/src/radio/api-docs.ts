import { z } from 'zod';
import type { OperationDoc } from '../core/openapi/operation';
import { rundownQuerySchema } from './rundown-input';

const station = z.strictObject({ slug: z.string().describe('Mã (slug) của đài') });

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
      json: z.looseObject({
        data: z.looseObject({
          station: z.looseObject({ slug: z.string() }),
          date: z.string(),
          windows: z.array(z.looseObject({})),
        }),
      }),
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
