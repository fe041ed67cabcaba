import { z } from 'zod';
import type { OperationDoc } from '../core/openapi/operation';
import { summaryQuerySchema } from './summary-input';
import { exportQuerySchema } from './official-form';

const EXPORTS = [
  [
    'summary.docx',
    'summaryDocx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'Báo cáo theo thể thức Nghị định 30/2020/NĐ-CP (DOCX)',
  ],
  [
    'summary.xlsx',
    'summaryXlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Bảng tổng hợp (XLSX)',
  ],
] as const;

/** The district summary of results reports, for API tokens given the action. */
export const reportsDocs = (): OperationDoc[] => [
  {
    method: 'get',
    path: '/reports/summary',
    handler: 'reports.summary',
    tag: 'Báo cáo kết quả',
    summary: 'Tổng hợp kết quả tuyên truyền CCHC của các đơn vị trong một kỳ báo cáo',
    callers: ['apiToken'],
    query: summaryQuerySchema,
    success: {
      json: z.looseObject({
        campaign: z.looseObject({ documentId: z.string(), documentNumber: z.string() }),
        period: z.looseObject({ key: z.string(), label: z.string() }),
        rows: z.array(z.looseObject({ unit: z.looseObject({ name: z.string() }) })),
        totals: z.looseObject({}),
      }),
    },
    errors: [400, 401, 403, 404, 429, 503],
    example: { query: { campaign: '1069/UBND-VHTT', period: 'Quý IV/2022' } },
  },
  ...EXPORTS.map(([file, action, mime, description]): OperationDoc => ({
    method: 'get',
    path: `/reports/${file}`,
    handler: `reports.${action}`,
    tag: 'Báo cáo kết quả',
    summary: description,
    callers: ['apiToken'],
    query: exportQuerySchema,
    success: { mime, description },
    errors: [400, 401, 403, 404, 429, 503],
  })),
];
