import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDIT_UID, REPORT_ACTIONS, REPORT_UID } from '../../core/constants';
import { actionScope, inScope } from '../../core/action-scope';
import { FLOW_ACTIONS, MOVES, STATUS_LABELS, stampsOf, type FlowAction } from '../report-moves';
import { periodFromDates } from '../period';
import { targetsFor } from '../targets';
import { adminRequest } from '../../core/admin-ability';
import { findCurrentRow } from '../../core/current-row';
import { getService } from '../../core/get-service';
import { localDateIn } from '../../core/local-time';
import { pluginConfig } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';
import type { AuditEntry } from '../../audit/services/audit';
import type { ReportRow } from '../report-rows';

const reportFlowService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async current(documentId: string): Promise<ReportRow> {
    const row = (await findCurrentRow(strapi, REPORT_UID, documentId, {
      populate: {
        unit: { select: ['id', 'name', 'documentId'] },
        campaign: { select: ['id', 'documentId', 'documentNumber'] },
      },
    })) as ReportRow | null;
    if (!row) {
      throw new errors.NotFoundError('Không tìm thấy báo cáo.');
    }
    return row;
  },

  async allowedActions(row: ReportRow): Promise<FlowAction[]> {
    const admin = adminRequest(strapi);
    const status = row.reportStatus;
    const allowed: FlowAction[] = [];
    for (const action of FLOW_ACTIONS) {
      const move = MOVES[action];
      if (!move.from.includes(status)) {
        continue;
      }
      if (admin && !inScope(await actionScope(strapi, admin.user, move.permission), row.unit?.id)) {
        continue;
      }
      allowed.push(action);
    }
    return allowed;
  },

  async history(documentId: string) {
    const entries = await rowsOf<AuditEntry>(strapi, AUDIT_UID).findMany({
      where: { action: 'transition', contentType: REPORT_UID, targetDocumentId: documentId },
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    });
    return entries.map((entry) => {
      const change = entry.changes?.reportStatus;
      return {
        at: new Date(entry.occurredAt).toISOString(),
        from: change?.before ?? null,
        to: change?.after ?? null,
        comment: entry.comment ?? null,
        actor: entry.actorLabel ?? null,
      };
    });
  },

  async transition(
    documentId: string,
    action: FlowAction,
    { comment }: { comment?: string | null } = {}
  ) {
    const row = await this.current(documentId);
    const move = MOVES[action];
    const from = row.reportStatus;
    if (!move.from.includes(from)) {
      const message = `Không thể ${move.label} báo cáo đang ở trạng thái «${STATUS_LABELS[from]}».`;
      throw new errors.ValidationError(message, {
        errors: [{ path: ['reportStatus'], message, name: 'ValidationError' }],
      });
    }
    if (!(await this.allowedActions(row)).includes(action)) {
      throw new errors.PolicyError(
        move.permission === REPORT_ACTIONS.decide
          ? 'Chỉ Phòng Văn hóa và Thông tin phụ trách đơn vị này được tiếp nhận hoặc trả lại báo cáo.'
          : 'Chỉ lãnh đạo đơn vị được gửi hoặc rút lại báo cáo của đơn vị.'
      );
    }
    const note = comment?.trim() || null;
    if (action === 'return' && !note) {
      throw new errors.ValidationError('Cần ghi lý do trả lại báo cáo.', {
        errors: [
          {
            path: ['returnReason'],
            message: 'Cần ghi lý do trả lại báo cáo.',
            name: 'ValidationError',
          },
        ],
      });
    }
    if (action === 'submit') {
      if (!row.unit) {
        throw new errors.ValidationError('Báo cáo chưa có đơn vị báo cáo.');
      }
      // the numbers sent are those of the moment of sending
      await strapi.documents(REPORT_UID).update({ documentId, data: {} });
    }
    const data = { reportStatus: move.to, ...stampsOf(action, note, new Date()) };
    await strapi.db.transaction(async () => {
      await rowsOf<ReportRow>(strapi, REPORT_UID).update({ where: { id: row.id }, data });
      await getService(strapi, 'lifecycle').emit('report-moved', {
        documentId,
        row,
        before: from,
        after: move.to,
        comment: note,
      });
    });
    return this.state(documentId);
  },

  /** What the campaign asks of the report's unit for its period; null when it asks nothing. */
  async targetsOf(row: ReportRow) {
    const { campaign, unit } = row;
    const period =
      row.periodStart && row.periodEnd
        ? periodFromDates(String(row.periodStart), String(row.periodEnd))
        : null;
    if (!campaign || !unit?.kind || !period) {
      return null;
    }
    const reporting = await getService(strapi, 'reports').campaign(campaign.id);
    return targetsFor(reporting?.targets, { id: unit.id, kind: unit.kind }, period);
  },

  /** Status, allowed moves, numbers, evidence and history of one report, for its side panel. */
  async state(documentId: string) {
    const row = (await findCurrentRow(strapi, REPORT_UID, documentId, {
      populate: {
        unit: { select: ['id', 'name', 'documentId', 'kind'] },
        campaign: { select: ['id', 'documentId', 'documentNumber', 'title'] },
        counts: true,
        computedCounts: true,
        corrections: true,
      },
    })) as ReportRow | null;
    if (!row) {
      throw new errors.NotFoundError('Không tìm thấy báo cáo.');
    }
    const status = row.reportStatus;
    const today = localDateIn(pluginConfig(strapi).timeZone, new Date());
    const dueOn = row.dueOn ?? null;
    return {
      documentId,
      status,
      statusLabel: STATUS_LABELS[status],
      dueOn,
      late: Boolean(dueOn && today > dueOn && !['submitted', 'accepted'].includes(status)),
      submittedAt: row.submittedAt ?? null,
      decidedAt: row.decidedAt ?? null,
      returnReason: row.returnReason ?? null,
      period: {
        key: row.periodKey,
        label: row.periodLabel,
        start: row.periodStart,
        end: row.periodEnd,
      },
      unit: row.unit ?? null,
      campaign: row.campaign ?? null,
      counts: row.counts ?? null,
      computedCounts: row.computedCounts ?? null,
      corrections: row.corrections ?? [],
      countedAt: row.countedAt ?? null,
      sources: row.sources ?? null,
      targets: await this.targetsOf(row),
      allowed: await this.allowedActions(row),
      history: await this.history(documentId),
    };
  },
});

export default reportFlowService;
export type ReportFlowService = ReturnType<typeof reportFlowService>;
