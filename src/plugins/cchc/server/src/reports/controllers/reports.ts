import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { REPORT_ACTIONS, REPORT_UID } from '../../core/constants';
import { exportQuerySchema } from '../official-form';
import { summaryQuerySchema } from '../services/report-summary';
import { FLOW_ACTIONS } from '../report-moves';
import { actionScope, requireScope } from '../../core/action-scope';
import { adminRequest, canOn } from '../../core/admin-ability';
import { getService } from '../../core/get-service';
import type { HttpContext } from '../../core/http/context';
import { parseInput } from '../../core/parse-input';

const commentSchema = z
  .strictObject({ comment: z.string().max(2000).nullish() })
  .nullish()
  .transform((body) => body ?? {});
const remindSchema = z.strictObject({
  campaign: z.string().min(1, 'Cần chọn kế hoạch (campaign).'),
  period: z.string().max(60).optional(),
  unit: z.string().max(60).optional(),
  units: z.array(z.string().min(1)).max(1000).optional(),
});

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Results reporting: district summary and its exports, report flow, reminders. */
const reportsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const summaryScope = () =>
    requireScope(
      strapi,
      REPORT_ACTIONS.summary,
      'Chỉ Phòng Văn hóa và Thông tin và người duyệt được xem tổng hợp báo cáo.'
    );
  const attachment = (ctx: HttpContext, type: string, name: string, body: Buffer) => {
    ctx.type = type;
    ctx.set('Content-Disposition', `attachment; filename="${name}"`);
    ctx.body = body;
  };

  return {
    /** GET /reports/summary?campaign=&period=&unit= */
    async summary(ctx: HttpContext) {
      const query = parseInput(summaryQuerySchema, ctx.query, 'Tham số');
      ctx.body = await getService(strapi, 'report-summary').forCaller(query, await summaryScope());
    },

    /** GET /reports/summary.docx?campaign=&period=&unit=&number=&place=&date=&signer= */
    async summaryDocx(ctx: HttpContext) {
      const query = parseInput(exportQuerySchema, ctx.query, 'Tham số');
      const file = await getService(strapi, 'report-exports').docx(query, await summaryScope());
      attachment(ctx, DOCX, `${file.name}.docx`, file.body);
    },

    /** GET /reports/summary.xlsx?campaign=&period=&unit= */
    async summaryXlsx(ctx: HttpContext) {
      const query = parseInput(summaryQuerySchema, ctx.query, 'Tham số');
      const file = await getService(strapi, 'report-exports').xlsx(query, await summaryScope());
      attachment(ctx, XLSX, `${file.name}.xlsx`, file.body);
    },

    /** GET /reports/options: campaigns with their periods, for the dashboard's pickers. */
    async options(ctx: HttpContext) {
      const scope = await summaryScope();
      const admin = adminRequest(strapi);
      const remindScope = admin
        ? await actionScope(strapi, admin.user, REPORT_ACTIONS.remind)
        : 'all';
      ctx.body = {
        ...(await getService(strapi, 'report-exports').options(scope)),
        canRemind: remindScope === 'all' || (remindScope !== null && remindScope.size > 0),
      };
    },

    /** POST /reports/remind { campaign, period?, unit?, units? } */
    async remind(ctx: HttpContext) {
      const body = parseInput(remindSchema, ctx.request.body ?? {}, 'Nội dung gửi');
      const scope = await requireScope(
        strapi,
        REPORT_ACTIONS.remind,
        'Chỉ Phòng Văn hóa và Thông tin được đôn đốc đơn vị.'
      );
      ctx.body = await getService(strapi, 'report-exports').remind(
        body,
        scope,
        adminRequest(strapi)
      );
    },

    /** GET /reports/:documentId */
    async state(ctx: HttpContext) {
      const flow = getService(strapi, 'report-flow');
      const admin = adminRequest(strapi);
      const row = await flow.current(ctx.params.documentId);
      if (admin && !canOn(strapi, admin.ability, REPORT_UID, 'read', row)) {
        throw new errors.NotFoundError('Không tìm thấy báo cáo.');
      }
      ctx.body = await flow.state(ctx.params.documentId);
    },

    /** POST /reports/:documentId/:action { comment? } */
    async transition(ctx: HttpContext) {
      const action = parseInput(z.enum(FLOW_ACTIONS), ctx.params.action, 'Thao tác');
      const { comment } = parseInput(commentSchema, ctx.request.body, 'Nội dung gửi');
      ctx.body = await getService(strapi, 'report-flow').transition(ctx.params.documentId, action, {
        comment,
      });
    },
  };
};

export default reportsController;
