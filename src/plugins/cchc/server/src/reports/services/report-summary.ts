import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CAMPAIGN_UID, REPORT_UID } from '../../core/constants';
import {
  CHANNEL_NAMES,
  CHANNELS,
  METRICS,
  zeroCounts,
  type Correction,
  type Counts,
  type EvidenceLink,
  type ReportSummary,
  type SummaryRow,
  type SummaryUnit,
  type Targets,
} from '../metrics';
import { parsePeriod, periodContaining, type Period } from '../period';
import { completionOf, dueDateOf, targetsFor } from '../targets';
import { adminRequest } from '../../core/admin-ability';
import { localDateIn } from '../../core/local-time';
import { getService } from '../../core/get-service';
import { pluginConfig, unitUidOf } from '../../core/plugin-config';
import { inScope, type ActionScope } from '../../core/action-scope';
import { rowsOf } from '../../core/rows';
import type { CampaignRow, ReportRow } from '../report-rows';
import {
  byRef,
  countsOf,
  DONE,
  UNIT_FIELDS,
  type SummaryQuery,
  type UnitRow,
} from '../summary-input';

export { summaryQuerySchema, type SummaryQuery } from '../summary-input';

/** What the summary reads of a unit's report. */
type SummaryReport = Pick<
  ReportRow,
  | 'documentId'
  | 'reportStatus'
  | 'submittedAt'
  | 'decidedAt'
  | 'returnReason'
  | 'unit'
  | 'counts'
  | 'corrections'
  | 'evidence'
>;

/**
 * The district summary: one row per unit under a root for a campaign's period, with what each
 * unit did (its report's numbers once sent, else the system's), its targets, completion,
 * channels used and where its report stands; then the totals.
 */
const reportSummaryService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async campaignByRef(ref: string): Promise<CampaignRow> {
    const found = await rowsOf<Pick<CampaignRow, 'id'>>(strapi, CAMPAIGN_UID).findOne({
      where: byRef(ref),
      select: ['id'],
    });
    const campaign = found ? await getService(strapi, 'reports').campaign(found.id) : null;
    if (!campaign) {
      throw new errors.NotFoundError(`Không tìm thấy kế hoạch «${ref}».`);
    }
    return campaign;
  },

  /** The period asked for, or the campaign's current one. */
  periodFor(campaign: CampaignRow, input: string | undefined, now: Date): Period {
    if (input) {
      const period = parsePeriod(input);
      if (!period) {
        throw new errors.ValidationError(
          `Kỳ báo cáo «${input}» không hợp lệ: ví dụ «Quý IV/2026», «2026-Q4», «Tháng 11/2026», «2026-10-01..2026-12-31».`
        );
      }
      return period;
    }
    const type = campaign.reportingPeriod ?? 'quarter';
    return periodContaining(localDateIn(pluginConfig(strapi).timeZone, now), type);
  },

  async rootFor(campaign: CampaignRow, ref: string | undefined): Promise<UnitRow> {
    const where = ref ? byRef(ref) : campaign.issuingUnit ? { id: campaign.issuingUnit.id } : null;
    if (!where) {
      throw new errors.ValidationError(
        'Kế hoạch chưa có cơ quan ban hành: cần chọn đơn vị (unit).'
      );
    }
    const root = await rowsOf<UnitRow>(strapi, unitUidOf(strapi)).findOne({
      where,
      select: UNIT_FIELDS,
    });
    if (!root) {
      throw new errors.NotFoundError(`Không tìm thấy đơn vị «${ref}».`);
    }
    return root;
  },

  /** The summary as the current caller may see it: report contents only for report readers. */
  async forCaller(query: SummaryQuery, scope: ActionScope) {
    const summary = await this.summarize(query, scope);
    const admin = adminRequest(strapi);
    const readsReports =
      !admin ||
      (admin.ability as { can(action: string, subject: string): boolean }).can(
        'plugin::content-manager.explorer.read',
        REPORT_UID
      );
    return readsReports ? summary : this.withoutReportContents(summary);
  },

  async summarize(
    query: SummaryQuery,
    scope: ActionScope,
    now = new Date()
  ): Promise<ReportSummary> {
    const campaign = await this.campaignByRef(query.campaign);
    const period = this.periodFor(campaign, query.period, now);
    const root = await this.rootFor(campaign, query.unit);
    if (!inScope(scope, root.id)) {
      throw new errors.PolicyError(`Đơn vị «${root.name}» ngoài phạm vi theo dõi của bạn.`);
    }
    const units = (
      await rowsOf<UnitRow>(strapi, unitUidOf(strapi)).findMany({
        where: { path: { $startsWith: root.path }, id: { $ne: root.id } },
        select: UNIT_FIELDS,
      })
    )
      .filter((unit) => inScope(scope, unit.id))
      .sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, 'vi'));
    const ids = units.map((unit) => unit.id);
    const system = await getService(strapi, 'report-counts').countsFor(ids, {
      start: period.start,
      end: period.end,
      now,
    });
    const reports = await this.reportsOf(campaign.id, period.key, ids);
    const dueOn = dueDateOf(campaign, period);
    const today = localDateIn(pluginConfig(strapi).timeZone, now);
    const rows = units.map((unit) =>
      this.row(unit, campaign, period, system.get(unit.id)!, reports.get(unit.id), dueOn, today)
    );
    const strip = ({ path: _path, ...unit }: SummaryUnit & { path?: string }) => unit;
    return {
      campaign: {
        documentId: campaign.documentId,
        documentNumber: campaign.documentNumber,
        title: campaign.title,
      },
      period: { ...period, dueOn },
      root: strip(root),
      generatedAt: now.toISOString(),
      rows: rows.map((row) => ({
        ...row,
        unit: strip(row.unit),
      })),
      totals: this.totals(rows),
    };
  },

  async reportsOf(campaignId: number, periodKey: string, unitIds: number[]) {
    const reports = new Map<number, SummaryReport>();
    const CHUNK = 500;
    for (let start = 0; start < unitIds.length; start += CHUNK) {
      const rows = await rowsOf<SummaryReport>(strapi, REPORT_UID).findMany({
        where: {
          campaign: { id: campaignId },
          periodKey,
          unit: { id: { $in: unitIds.slice(start, start + CHUNK) } },
        },
        select: ['documentId', 'reportStatus', 'submittedAt', 'decidedAt', 'returnReason'],
        populate: {
          unit: { select: ['id'] },
          counts: true,
          corrections: true,
          evidence: { populate: { files: { select: ['name', 'url'] } } },
        },
      });
      for (const row of rows) {
        if (row.unit) {
          reports.set(row.unit.id, row);
        }
      }
    }
    return reports;
  },

  row(
    unit: SummaryUnit,
    campaign: CampaignRow,
    period: Period,
    systemCounts: Counts,
    report: SummaryReport | undefined,
    dueOn: string,
    today: string
  ): SummaryRow {
    const targets = targetsFor(campaign.targets, unit, period);
    const status = report?.reportStatus ?? 'missing';
    const done = DONE.includes(status);
    const counts = done ? countsOf(report?.counts) : systemCounts;
    const { completion, overall } = completionOf(counts, targets ?? {});
    const channels = CHANNEL_NAMES.filter((c) => counts[CHANNELS[c]] > 0);
    const expected = targets !== null;
    return {
      unit,
      counts,
      source: done ? 'report' : 'system',
      systemCounts,
      targets: targets ?? {},
      completion,
      overallCompletion: overall,
      channels,
      channelVariety: channels.length,
      status,
      expected,
      dueOn: expected ? dueOn : null,
      late: expected && !done && today > dueOn,
      report: report
        ? {
            documentId: report.documentId,
            submittedAt: report.submittedAt,
            decidedAt: report.decidedAt,
            returnReason: report.returnReason,
            corrections: (report.corrections ?? []).map((c): Correction => ({
              metric: c.metric,
              computed: c.computedValue ?? 0,
              reported: c.value,
              reason: c.reason,
            })),
            evidence: (report.evidence ?? []).map((e): EvidenceLink => ({
              title: e.title,
              metric: e.metric ?? null,
              url: e.url ?? null,
              note: e.note ?? null,
              files: (e.files ?? []).map((f) => ({ name: f.name, url: f.url })),
            })),
          }
        : null,
    };
  },

  /** The summary without the reports' own contents, for those who may not read the reports. */
  withoutReportContents(summary: ReportSummary): ReportSummary {
    return {
      ...summary,
      rows: summary.rows.map((row) => ({ ...row, report: null })),
    };
  },

  totals(rows: SummaryRow[]) {
    const counts = zeroCounts();
    const targets: Targets = {};
    for (const row of rows) {
      for (const metric of METRICS) {
        counts[metric] += row.counts[metric];
        const target = row.targets[metric];
        if (target) {
          targets[metric] = (targets[metric] ?? 0) + target;
        }
      }
    }
    const { completion, overall } = completionOf(counts, targets);
    const channels = new Set(rows.flatMap((row) => row.channels));
    const count = (test: (row: SummaryRow) => boolean) => rows.filter(test).length;
    return {
      counts,
      targets,
      completion,
      overallCompletion: overall,
      channelVariety: channels.size,
      units: rows.length,
      expected: count((r) => r.expected),
      submitted: count((r) => r.status === 'submitted'),
      accepted: count((r) => r.status === 'accepted'),
      returned: count((r) => r.status === 'returned'),
      missing: count((r) => r.expected && !DONE.includes(r.status)),
      late: count((r) => r.late),
    };
  },
});

export default reportSummaryService;
export type ReportSummaryService = ReturnType<typeof reportSummaryService>;
