import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { auditQuerySchema } from '../services/audit-export';
import { getService } from '../utils/get-service';

interface AdminContext {
  query: Record<string, unknown>;
  state: { userAbility?: unknown };
  body: unknown;
  type: string;
  set(header: string, value: string): void;
}

const auditController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /cchc/audit-entries/export.csv?unit=&actor=&type=&action=&from=&to= */
  async exportCsv(ctx: AdminContext) {
    const parsed = auditQuerySchema.safeParse(ctx.query);
    if (!parsed.success) {
      throw new errors.ValidationError(
        `Bộ lọc không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join('.') || i.code}: ${i.message}`).join('; ')}`
      );
    }
    const csv = await getService(strapi, 'audit-export').csv(parsed.data, ctx.state.userAbility);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.set('Content-Disposition', 'attachment; filename="nhat-ky-thao-tac.csv"');
    ctx.body = csv;
  },
});

export default auditController;
