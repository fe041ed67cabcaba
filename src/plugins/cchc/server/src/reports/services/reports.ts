import { unitUidOf } from '../../core/plugin-config';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CAMPAIGN_UID, REPORT_UID } from '../../core/constants';
import { isMetric, METRIC_LABELS, zeroCounts, type Counts, type ReportStatus } from '../metrics';
import { parsePeriod, periodFromDates, type Period } from '../period';
import type { UnitRow } from '../summary-input';
import { dueDateOf } from '../targets';
import type { CampaignRow, ReportRow } from '../report-rows';
import { adminRequest } from '../../core/admin-ability';
import { findCurrentRow } from '../../core/current-row';
import { getService } from '../../core/get-service';
import { resolveRowId, toOneChange } from '../../core/relation-input';
import { isContentApiRequest } from '../../core/request-auth';
import { rowsOf } from '../../core/rows';

type Data = Record<string, unknown>;

/** Filled in by the system on every save; whatever a request sends for them is ignored. */
const DERIVED = ['counts', 'computedCounts', 'sources', 'countedAt', 'periodKey', 'dueOn'];
/** Changed only by the submission flow. */
const FLOW_FIELDS = ['submittedAt', 'decidedAt', 'returnReason'];
const REASON_MIN_LENGTH = 10;

export const EDITABLE_STATUSES: ReportStatus[] = ['draft', 'returned'];

interface CorrectionInput {
  id?: number;
  metric?: unknown;
  value?: unknown;
  reason?: unknown;
}

const invalid = (path: string, message: string): never => {
  throw new errors.ValidationError(message, {
    errors: [{ path: [path], message, name: 'ValidationError' }],
  });
};

const dateText = (value: unknown) =>
  typeof value === 'string' && value !== '' ? value.slice(0, 10) : null;

/** People change a report's status only through the flow's actions, and never a sent report. */
const refuseFlowEdits = (data: Data, exists: boolean, status: ReportStatus) => {
  if ('reportStatus' in data && data.reportStatus !== status) {
    invalid(
      'reportStatus',
      'Trạng thái báo cáo chỉ đổi qua các thao tác Gửi báo cáo, Tiếp nhận, Trả lại.'
    );
  }
  if (exists && !EDITABLE_STATUSES.includes(status)) {
    invalid(
      'reportStatus',
      'Báo cáo đã gửi hoặc đã được tiếp nhận nên không sửa được; chỉ sửa khi bị trả lại hoặc đã rút lại.'
    );
  }
  for (const field of FLOW_FIELDS) {
    delete data[field];
  }
};

/**
 * Unit reports: the period a report covers, its due date, and the counts it carries. The counts
 * are computed from the system's own data on every save while the report can still be edited;
 * an editor changes a number only through a correction with a written reason, and the report
 * keeps the computed number beside it.
 */
const reportsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async campaign(id: number): Promise<CampaignRow | null> {
    return rowsOf<CampaignRow>(strapi, CAMPAIGN_UID).findOne({
      where: { id },
      populate: {
        targets: { populate: { unit: { select: ['id'] } } },
        reportDeadlines: true,
        issuingUnit: { select: ['id', 'documentId', 'name'] },
      },
    });
  },

  /**
   * The period of a write. What the write changes wins: a new period name sets the dates, new
   * dates set the period (the content manager sends both on every save); a name and dates that
   * both change must agree.
   */
  periodOf(data: Data, current: Data | null): Period {
    const given = (field: string) => (field in data ? data[field] : current?.[field]);
    const changed = (field: string, read: (v: unknown) => string | null) =>
      field in data && read(data[field]) !== read(current?.[field]);
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    const label = text(given('periodLabel'));
    const start = dateText(given('periodStart'));
    const end = dateText(given('periodEnd'));
    const named = label ? parsePeriod(label) : null;
    const datesChanged = changed('periodStart', dateText) || changed('periodEnd', dateText);
    if (named && !datesChanged) {
      return named;
    }
    if (!start || !end) {
      return invalid(
        'periodLabel',
        'Cần kỳ báo cáo: ghi tên kỳ (ví dụ «Quý IV/2026», «Tháng 11/2026», «Năm 2026») hoặc chọn từ ngày, đến ngày.'
      );
    }
    if (start > end) {
      invalid('periodEnd', 'Ngày kết thúc kỳ báo cáo trước ngày bắt đầu.');
    }
    if (named && changed('periodLabel', text) && (start !== named.start || end !== named.end)) {
      invalid(
        'periodStart',
        `Kỳ «${label}» là từ ${named.start} đến ${named.end}, khác ngày đã chọn (${start} – ${end}).`
      );
    }
    const fromDates = periodFromDates(start, end);
    // a name in the editor's own words stays; a period name follows the dates
    return label && !named ? { ...fromDates, label } : fromDates;
  },

  corrections(input: unknown, computed: Counts) {
    if (input === null || input === undefined) {
      return [];
    }
    if (!Array.isArray(input)) {
      return invalid('corrections', 'Điều chỉnh số liệu phải là một danh sách.');
    }
    const seen = new Set<string>();
    return input.map((item: CorrectionInput, index) => {
      const metric = item?.metric;
      if (!isMetric(metric)) {
        return invalid(
          `corrections.${index}.metric`,
          `Chỉ tiêu điều chỉnh không hợp lệ: ${String(item?.metric)}.`
        );
      }
      if (seen.has(metric)) {
        invalid(
          `corrections.${index}.metric`,
          `«${METRIC_LABELS[metric]}» được điều chỉnh hai lần.`
        );
      }
      seen.add(metric);
      const value = Number(item.value);
      if (!Number.isInteger(value) || value < 0) {
        invalid(
          `corrections.${index}.value`,
          `Số báo cáo của «${METRIC_LABELS[metric]}» phải là số nguyên không âm.`
        );
      }
      const reason = typeof item.reason === 'string' ? item.reason.trim() : '';
      if (reason.length < REASON_MIN_LENGTH) {
        invalid(
          `corrections.${index}.reason`,
          `Cần ghi lý do điều chỉnh «${METRIC_LABELS[metric]}» (từ ${computed[metric]} thành ${value}), ít nhất ${REASON_MIN_LENGTH} ký tự.`
        );
      }
      return {
        ...(item.id ? { id: item.id } : {}),
        metric,
        value,
        reason,
        computedValue: computed[metric],
      };
    });
  },

  /** Amends a create or update of a unit report before the Document Service stores it. */
  async prepare(action: 'create' | 'update', params: { data?: Data; documentId?: string }) {
    const data = (params.data ??= {});
    const current =
      action === 'update' && params.documentId
        ? await findCurrentRow(strapi, REPORT_UID, params.documentId, {
            populate: {
              unit: { select: ['id', 'name'] },
              campaign: { select: ['id'] },
              corrections: true,
              computedCounts: true,
            },
          })
        : null;
    const status = (current?.reportStatus ?? 'draft') as ReportStatus;
    const fromPeople = Boolean(adminRequest(strapi)) || isContentApiRequest(strapi);
    if (fromPeople) {
      refuseFlowEdits(data, current !== null, status);
    }
    const frozen = current !== null && !EDITABLE_STATUSES.includes(status);
    for (const field of DERIVED) {
      delete data[field];
    }
    if (frozen) {
      return;
    }

    const period = this.periodOf(data, current);
    Object.assign(data, {
      periodLabel: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      periodKey: period.key,
    });
    const unitId = await this.refId(data, current, 'unit', unitUidOf(strapi));
    const campaignId = await this.refId(data, current, 'campaign', CAMPAIGN_UID);
    await this.assertUnique(unitId, campaignId, period.key, params.documentId);
    const campaign = campaignId ? await this.campaign(campaignId) : null;
    data.dueOn = campaign ? dueDateOf(campaign, period) : null;

    await this.fillCounts(data, current, unitId, period);
    const title = 'title' in data ? data.title : current?.title;
    if (!title && unitId) {
      data.title = await this.defaultTitle(unitId, period);
    }
  },

  /** The counts a report carries: computed from the unit's records, then its corrections. */
  async fillCounts(data: Data, current: Data | null, unitId: number | null, period: Period) {
    const counter = getService(strapi, 'report-counts');
    const window = { start: period.start, end: period.end, now: new Date() };
    const computed = unitId
      ? (await counter.countsFor([unitId], window)).get(unitId)!
      : zeroCounts();
    const corrections = this.corrections(
      'corrections' in data ? data.corrections : (current?.corrections ?? []),
      computed
    );
    const counts = { ...computed };
    for (const correction of corrections) {
      counts[correction.metric] = correction.value;
    }
    Object.assign(data, {
      computedCounts: computed,
      counts,
      corrections,
      sources: unitId ? await counter.sourcesFor(unitId, window) : null,
      countedAt: new Date(),
    });
  },

  async defaultTitle(unitId: number, period: Period) {
    const unit = await rowsOf<Pick<UnitRow, 'name'>>(strapi, unitUidOf(strapi)).findOne({
      where: { id: unitId },
      select: ['name'],
    });
    return `Báo cáo kết quả tuyên truyền CCHC ${period.label} – ${unit?.name ?? ''}`.slice(0, 300);
  },

  async refId(data: Data, current: Data | null, field: string, uid: UID.ContentType) {
    const change = toOneChange(data, field);
    if (change.kind === 'cleared') {
      return null;
    }
    if (change.kind === 'set') {
      return resolveRowId(strapi, uid, change.ref);
    }
    return (current?.[field] as { id?: number } | null)?.id ?? null;
  },

  async assertUnique(
    unitId: number | null,
    campaignId: number | null,
    periodKey: string,
    documentId?: string
  ) {
    if (!unitId) {
      return;
    }
    const clash = await rowsOf<Pick<ReportRow, 'documentId' | 'periodLabel'>>(
      strapi,
      REPORT_UID
    ).findOne({
      select: ['documentId', 'periodLabel'],
      where: {
        unit: { id: unitId },
        campaign: campaignId ? { id: campaignId } : { id: { $null: true } },
        periodKey,
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      },
    });
    if (clash) {
      invalid(
        'periodLabel',
        `Đơn vị đã có báo cáo ${clash.periodLabel} theo kế hoạch này; mở báo cáo đó để sửa.`
      );
    }
  },
});

export default reportsService;
export type ReportsService = ReturnType<typeof reportsService>;
