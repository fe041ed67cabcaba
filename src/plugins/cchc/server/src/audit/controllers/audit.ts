import type { Core } from '@strapi/strapi';
import { auditQuerySchema } from '../services/audit-export';
import { getService } from '../../core/get-service';
import type { HttpContext } from '../../core/http/context';
import { parseInput } from '../../core/parse-input';

const auditController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /cchc/audit-entries/export.csv?unit=&actor=&type=&action=&from=&to= */
  async exportCsv(ctx: HttpContext) {
    const filters = parseInput(auditQuerySchema, ctx.query, 'Bộ lọc');
    const csv = await getService(strapi, 'audit-export').csv(filters, ctx.state.userAbility);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.set('Content-Disposition', 'attachment; filename="nhat-ky-thao-tac.csv"');
    ctx.body = csv;
  },
});

export default auditController;
