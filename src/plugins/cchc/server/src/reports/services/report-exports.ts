import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CAMPAIGN_UID } from '../../core/constants';
import { officialForm, type FormQuery, type FormUnit } from '../official-form';
import { periodContaining, periodsBetween, type PeriodType } from '../period';
import { buildSummaryDocx } from '../summary-docx';
import { buildSummaryXlsx } from '../summary-xlsx';
import { SOURCE_KINDS } from '../metrics';
import { SOURCES } from './report-counts';
import { localDateIn } from '../../core/local-time';
import { getService } from '../../core/get-service';
import { pluginConfig, unitUidOf } from '../../core/plugin-config';
import type { ActionScope } from '../../core/action-scope';
import type { SummaryQuery } from './report-summary';
import { toSlug } from '../../content/services/slug';

interface RemindInput {
  campaign: string;
  period?: string;
  unit?: string;
  units?: string[];
}

/** The summary as files, the dashboard's choices, and reminders asked for by the office. */
const reportExportsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  fileName(summaryLabel: string, unitName: string) {
    return toSlug(`bao-cao-cchc ${summaryLabel} ${unitName}`) || 'bao-cao-cchc';
  },

  async docx(query: SummaryQuery & FormQuery, scope: ActionScope) {
    const summary = await getService(strapi, 'report-summary').forCaller(query, scope);
    const root = (await strapi.db.query(unitUidOf(strapi)).findOne({
      where: { documentId: summary.root.documentId },
      select: ['name', 'kind'],
      populate: { parent: { select: ['name'] } },
    })) as FormUnit;
    const campaign = (await strapi.db.query(CAMPAIGN_UID).findOne({
      where: { documentId: summary.campaign.documentId },
      select: ['id'],
      populate: { recipients: true },
    })) as { recipients?: Array<{ name: string; purpose?: string | null }> } | null;
    const form = officialForm(
      summary,
      root,
      campaign?.recipients ?? [],
      query,
      pluginConfig(strapi).timeZone,
      new Date()
    );
    return {
      name: this.fileName(summary.period.label, summary.root.name),
      body: await buildSummaryDocx(summary, form),
    };
  },

  async xlsx(query: SummaryQuery, scope: ActionScope) {
    const summary = await getService(strapi, 'report-summary').forCaller(query, scope);
    return {
      name: this.fileName(summary.period.label, summary.root.name),
      body: await buildSummaryXlsx(summary, { timeZone: pluginConfig(strapi).timeZone }),
    };
  },

  /**
   * Campaigns, newest first, with their reporting periods and the one running today; and the
   * units with units below them that the caller may summarise, as roots to choose from.
   */
  async options(scope: ActionScope, now = new Date()) {
    const today = localDateIn(pluginConfig(strapi).timeZone, now);
    const parents = (await strapi.db.query(unitUidOf(strapi)).findMany({
      where: { children: { id: { $notNull: true } } },
      select: ['id', 'documentId', 'name', 'depth'],
      orderBy: [{ depth: 'asc' }, { name: 'asc' }],
    })) as Array<{ id: number; documentId: string; name: string; depth: number }>;
    const roots = parents
      .filter((unit) => scope === 'all' || (scope !== null && scope.has(unit.id)))
      .slice(0, 500)
      .map(({ documentId, name, depth }) => ({ documentId, name, depth }));
    const campaigns = (await strapi.db.query(CAMPAIGN_UID).findMany({
      select: [
        'documentId',
        'documentNumber',
        'title',
        'reportingPeriod',
        'periodStart',
        'periodEnd',
      ],
      populate: { issuingUnit: { select: ['documentId', 'name'] } },
      orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }],
      limit: 200,
    })) as Array<{
      documentId: string;
      documentNumber: string;
      title: string;
      reportingPeriod: PeriodType | null;
      periodStart: string;
      periodEnd: string;
      issuingUnit: { documentId: string; name: string } | null;
    }>;
    return {
      today,
      roots,
      // the unit's own content behind the counts, for checking what the numbers are made of
      itemLists: SOURCE_KINDS.filter((kind) => SOURCES[kind].uid.startsWith('api::')).map(
        (kind) => ({ kind, uid: SOURCES[kind].uid })
      ),
      campaigns: campaigns.map((campaign) => {
        const type = campaign.reportingPeriod ?? 'quarter';
        const periods = periodsBetween(type, campaign.periodStart, campaign.periodEnd);
        const running = periodContaining(today, type);
        return {
          ...campaign,
          periods: periods.map(({ key, label, start, end }) => ({ key, label, start, end })),
          currentPeriod: periods.some((p) => p.key === running.key)
            ? running.key
            : (periods.filter((p) => p.start <= today).pop()?.key ?? periods[0]?.key ?? null),
        };
      }),
    };
  },

  async remind(
    input: RemindInput,
    scope: ActionScope,
    admin: { user: { id: number | string; email?: string } } | null
  ) {
    const summaries = getService(strapi, 'report-summary');
    const campaign = await summaries.campaignByRef(input.campaign);
    const now = new Date();
    const period = summaries.periodFor(campaign, input.period, now);
    const root = await summaries.rootFor(campaign, input.unit);
    const wanted = input.units?.length
      ? new Set(
          (
            (await strapi.db.query(unitUidOf(strapi)).findMany({
              where: {
                $or: input.units.map((ref) =>
                  /^\d+$/.test(ref) ? { id: Number(ref) } : { documentId: ref }
                ),
              },
              select: ['id'],
            })) as Array<{ id: number }>
          ).map((u) => u.id)
        )
      : null;
    const below = (await strapi.db.query(unitUidOf(strapi)).findMany({
      where: { path: { $startsWith: root.path } },
      select: ['id'],
    })) as Array<{ id: number }>;
    const allowed = new Set(
      below
        .map((u) => u.id)
        .filter((id) => (scope === 'all' || scope?.has(id)) && (!wanted || wanted.has(id)))
    );
    if (allowed.size === 0) {
      throw new errors.PolicyError('Không có đơn vị nào trong phạm vi của bạn để đôn đốc.');
    }
    return getService(strapi, 'report-reminders').queue({
      campaign,
      period,
      kind: 'manual',
      unitIds: allowed,
      requestedBy: admin ? String(admin.user.email ?? admin.user.id) : null,
      now,
    });
  },
});

export default reportExportsService;
export type ReportExportsService = ReturnType<typeof reportExportsService>;
