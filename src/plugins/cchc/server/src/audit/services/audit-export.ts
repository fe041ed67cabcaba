import type { Core, Modules } from '@strapi/strapi';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { AUDIT_UID } from '../../core/constants';
import { canonicalJson } from '../../core/canonical-json';

export const MAX_EXPORT_ROWS = 50000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** The filters of the audit list, as the office uses them: unit, actor, content type, action, dates. */
export const auditQuerySchema = z.strictObject({
  unit: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'a unit slug')
    .optional(),
  actor: z.string().min(1).max(200).optional(),
  type: z
    .string()
    .regex(/^(api|plugin)::[\w-]+\.[\w-]+$/, 'a content type uid')
    .optional(),
  action: z
    .enum(['create', 'update', 'delete', 'publish', 'unpublish', 'discard', 'role'])
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

const COLUMNS = [
  ['occurredAt', 'Thời điểm'],
  ['action', 'Thao tác'],
  ['contentType', 'Loại nội dung'],
  ['targetDocumentId', 'Mã tài liệu'],
  ['summary', 'Tên mục'],
  ['unitName', 'Đơn vị'],
  ['actorLabel', 'Người thao tác'],
  ['actorType', 'Loại người thao tác'],
  ['changedFields', 'Trường thay đổi'],
  ['changes', 'Giá trị trước, sau'],
  ['requestId', 'Mã yêu cầu'],
  ['ip', 'Địa chỉ IP'],
] as const;

/** Vietnam's offset: a day asked for in the filters is a day in Asia/Ho_Chi_Minh. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);
const dayEnd = (day: string) => new Date(`${day}T23:59:59.999+07:00`);

type AuditFilters = Modules.Documents.Params.Pick<typeof AUDIT_UID, 'filters'>['filters'];

/** The content manager's permission checker of one user on the trail. */
interface AuditChecker {
  can: { read(): boolean };
  sanitizedQuery: { read(query: { filters: object }): Promise<{ filters?: AuditFilters }> };
}

interface PermissionCheckers {
  create(params: { userAbility: unknown; model: string }): AuditChecker;
}

const auditExportService = ({ strapi }: { strapi: Core.Strapi }) => ({
  filtersOf(query: AuditQuery): Record<string, unknown> {
    const and: Array<Record<string, unknown>> = [];
    if (query.unit) {
      and.push({ unit: { slug: query.unit } });
    }
    if (query.actor) {
      and.push({ actorLabel: { $containsi: query.actor } });
    }
    if (query.type) {
      and.push({ contentType: query.type });
    }
    if (query.action) {
      and.push({ action: query.action });
    }
    if (query.from) {
      and.push({ occurredAt: { $gte: dayStart(query.from).toISOString() } });
    }
    if (query.to) {
      and.push({ occurredAt: { $lte: dayEnd(query.to).toISOString() } });
    }
    return { $and: and };
  },

  /** The records the user may read that match the filters, as CSV (UTF-8 with BOM, for Excel). */
  async csv(query: AuditQuery, userAbility: unknown): Promise<string> {
    const checker = strapi
      .plugin('content-manager')
      .service<PermissionCheckers>('permission-checker')
      .create({ userAbility, model: AUDIT_UID });
    if (!checker.can.read()) {
      throw new errors.PolicyError('Tài khoản không có quyền xem nhật ký thao tác.');
    }
    const permitted = await checker.sanitizedQuery.read({ filters: this.filtersOf(query) });
    const rows = await strapi.documents(AUDIT_UID).findMany({
      filters: permitted.filters,
      sort: [{ occurredAt: 'desc' }, { id: 'desc' }],
      limit: MAX_EXPORT_ROWS,
    });
    const cell = (value: unknown) =>
      value === null || value === undefined
        ? ''
        : typeof value === 'object'
          ? canonicalJson(value)
          : String(value);
    const body = stringify([
      COLUMNS.map(([, header]) => header),
      ...rows.map((row) => COLUMNS.map(([key]) => cell(row[key]))),
    ]);
    return `\uFEFF${body}`;
  },
});

export default auditExportService;
export type AuditExportService = ReturnType<typeof auditExportService>;
