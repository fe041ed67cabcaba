import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  AUDIT_UID,
  CONDITION_MODES,
  PLUGIN_ID,
  REPORT_ACTIONS,
  REPORT_UID,
} from '../../core/constants';
import type { ReportStatus } from '../metrics';
import { periodFromDates } from '../period';
import { targetsFor } from '../targets';
import { adminRequest } from '../../core/admin-ability';
import { findCurrentRow } from '../../core/current-row';
import { getService } from '../../core/get-service';
import { localDateIn } from '../../core/local-time';
import { pluginConfig } from '../../core/plugin-config';

export const FLOW_ACTIONS = ['submit', 'withdraw', 'accept', 'return'] as const;
export type FlowAction = (typeof FLOW_ACTIONS)[number];

interface Move {
  from: ReportStatus[];
  to: ReportStatus;
  permission: string;
  label: string;
}

/** Unit heads submit and withdraw; the Culture & Information office accepts or returns. */
const MOVES: Record<FlowAction, Move> = {
  submit: {
    from: ['draft', 'returned'],
    to: 'submitted',
    permission: REPORT_ACTIONS.submit,
    label: 'gửi',
  },
  withdraw: {
    from: ['submitted'],
    to: 'draft',
    permission: REPORT_ACTIONS.submit,
    label: 'rút lại',
  },
  accept: {
    from: ['submitted'],
    to: 'accepted',
    permission: REPORT_ACTIONS.decide,
    label: 'tiếp nhận',
  },
  return: {
    from: ['submitted', 'accepted'],
    to: 'returned',
    permission: REPORT_ACTIONS.decide,
    label: 'trả lại',
  },
};

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  accepted: 'Đã tiếp nhận',
  returned: 'Bị trả lại',
};

type Row = Record<string, unknown> & {
  documentId: string;
  unit?: { id: number; name?: string } | null;
};
type AdminUser = { id: number | string } & object;
/** The dates and reason a move writes beside the new status. */
const stampsOf = (action: FlowAction, note: string | null, now: Date): Record<string, unknown> => {
  if (action === 'submit') {
    return { submittedAt: now, decidedAt: null, returnReason: null };
  }
  if (action === 'withdraw') {
    return { submittedAt: null };
  }
  return { decidedAt: now, returnReason: action === 'return' ? note : null };
};

/** The units an admin may act on for an action: all of them, some, or none. */
export type ActionScope = 'all' | Set<number> | null;

const inScope = (scope: ActionScope, unitId: number | null | undefined) =>
  scope === 'all' ||
  (scope !== null && unitId !== null && unitId !== undefined && scope.has(unitId));

const reportFlowService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Where a user may use one of the plugin's admin actions: the union of the units its unit
   * conditions give, or everywhere for a permission without conditions.
   */
  async actionScope(user: AdminUser, action: string): Promise<ActionScope> {
    const permissions = (await strapi
      .service('admin::permission')
      .findUserPermissions(user)) as Array<{ id: number; action: string; conditions?: string[] }>;
    const granted = permissions.filter((p) => p.action === action);
    if (granted.length === 0) {
      return null;
    }
    const units = new Set<number>();
    for (const permission of granted) {
      const modes = (permission.conditions ?? []).flatMap((condition) => {
        const mode = CONDITION_MODES[condition.replace(`plugin::${PLUGIN_ID}.`, '')];
        return mode ? [mode] : [];
      });
      if ((permission.conditions ?? []).length === 0) {
        return 'all';
      }
      for (const mode of modes) {
        for (const id of await getService(strapi, 'unit-scope').unitIds(
          user,
          mode,
          permission.id
        )) {
          units.add(id);
        }
      }
    }
    return units;
  },

  /** The admin's scope for an action, or a 403 naming what is missing. */
  async requireScope(action: string, message: string) {
    const admin = adminRequest(strapi);
    if (!admin) {
      return 'all' as const;
    }
    const scope = await this.actionScope(admin.user, action);
    if (scope === null || (scope !== 'all' && scope.size === 0)) {
      throw new errors.PolicyError(message);
    }
    return scope;
  },

  async current(documentId: string): Promise<Row> {
    const row = (await findCurrentRow(strapi, REPORT_UID, documentId, {
      populate: {
        unit: { select: ['id', 'name', 'documentId'] },
        campaign: { select: ['id', 'documentId', 'documentNumber'] },
      },
    })) as Row | null;
    if (!row) {
      throw new errors.NotFoundError('Không tìm thấy báo cáo.');
    }
    return row;
  },

  async allowedActions(row: Row): Promise<FlowAction[]> {
    const admin = adminRequest(strapi);
    const status = row.reportStatus as ReportStatus;
    const allowed: FlowAction[] = [];
    for (const action of FLOW_ACTIONS) {
      const move = MOVES[action];
      if (!move.from.includes(status)) {
        continue;
      }
      if (admin && !inScope(await this.actionScope(admin.user, move.permission), row.unit?.id)) {
        continue;
      }
      allowed.push(action);
    }
    return allowed;
  },

  async history(documentId: string) {
    const entries = (await strapi.db.query(AUDIT_UID).findMany({
      where: { action: 'transition', contentType: REPORT_UID, targetDocumentId: documentId },
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    })) as Array<Record<string, unknown>>;
    return entries.map((entry) => {
      const change = (entry.changes as Record<string, { before?: string; after?: string }> | null)
        ?.reportStatus;
      return {
        at: new Date(entry.occurredAt as string).toISOString(),
        from: change?.before ?? null,
        to: change?.after ?? null,
        comment: (entry.comment as string | null) ?? null,
        actor: (entry.actorLabel as string | null) ?? null,
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
    const from = row.reportStatus as ReportStatus;
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
      await strapi.db.query(REPORT_UID).update({ where: { id: row.id }, data });
      await getService(strapi, 'audit').record({
        action: 'transition',
        contentType: REPORT_UID,
        documentId,
        row,
        changedFields: ['reportStatus'],
        changes: { reportStatus: { before: from, after: move.to } },
        comment: note,
      });
    });
    return this.state(documentId);
  },

  /** What the campaign asks of the report's unit for its period; null when it asks nothing. */
  async targetsOf(row: Row) {
    const campaign = row.campaign as { id: number } | null | undefined;
    const unit = row.unit as { id: number; kind?: string } | null | undefined;
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
    })) as Row | null;
    if (!row) {
      throw new errors.NotFoundError('Không tìm thấy báo cáo.');
    }
    const status = row.reportStatus as ReportStatus;
    const today = localDateIn(pluginConfig(strapi).timeZone, new Date());
    const dueOn = (row.dueOn as string | null) ?? null;
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
