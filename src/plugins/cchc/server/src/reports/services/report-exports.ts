import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CAMPAIGN_UID } from '../../core/constants';
import { officialForm, type FormQuery, type FormUnit } from '../official-form';
import { periodContaining, periodsBetween } from '../period';
import { buildSummaryDocx } from '../summary-docx';
import { buildSummaryXlsx } from '../summary-xlsx';
import { SOURCE_KINDS } from '../metrics';
import { SOURCES } from './report-counts';
import { localDateIn } from '../../core/local-time';
import { getService } from '../../core/get-service';
import { pluginConfig, unitUidOf } from '../../core/plugin-config';
import type { ActionScope } from '../../core/action-scope';
import type { SummaryQuery } from './report-summary';
import type { CampaignRow } from '../report-rows';
import type { UnitRow } from '../summary-input';
import { rowsOf } from '../../core/rows';
import { toSlug } from '../../content/services/slug';

/** A campaign among the dashboard's choices. */
type CampaignChoice = Pick<
  CampaignRow,
  'documentId' | 'documentNumber' | 'title' | 'reportingPeriod' | 'periodStart' | 'periodEnd'
> & { issuingUnit: { documentId: string; name: string } | null };

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
    const root = await rowsOf<FormUnit>(strapi, unitUidOf(strapi)).findOne({
      where: { documentId: summary.root.documentId },
      select: ['name', 'kind'],
      populate: { parent: { select: ['name'] } },
    });
    const campaign = await rowsOf<Pick<CampaignRow, 'id' | 'recipients'>>(
      strapi,
      CAMPAIGN_UID
    ).findOne({
      where: { documentId: summary.campaign.documentId },
      select: ['id'],
      populate: { recipients: true },
    });
    // the summary has just read this unit
    const form = officialForm(
      summary,
      root!,
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
    const parents = await rowsOf<Pick<UnitRow, 'id' | 'documentId' | 'name' | 'depth'>>(
      strapi,
      unitUidOf(strapi)
    ).findMany({
      where: { children: { id: { $notNull: true } } },
      select: ['id', 'documentId', 'name', 'depth'],
      orderBy: [{ depth: 'asc' }, { name: 'asc' }],
    });
    const roots = parents
      .filter((unit) => scope === 'all' || (scope !== null && scope.has(unit.id)))
      .slice(0, 500)
      .map(({ documentId, name, depth }) => ({ documentId, name, depth }));
    const campaigns = await rowsOf<CampaignChoice>(strapi, CAMPAIGN_UID).findMany({
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
    });
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
    const units = () => rowsOf<Pick<UnitRow, 'id'>>(strapi, unitUidOf(strapi));
    const summaries = getService(strapi, 'report-summary');
    const campaign = await summaries.campaignByRef(input.campaign);
    const now = new Date();
    const period = summaries.periodFor(campaign, input.period, now);
    const root = await summaries.rootFor(campaign, input.unit);
    const wanted = input.units?.length
      ? new Set(
          (
            await units().findMany({
              where: {
                $or: input.units.map((ref) =>
                  /^\d+$/.test(ref) ? { id: Number(ref) } : { documentId: ref }
                ),
              },
              select: ['id'],
            })
          ).map((u) => u.id)
        )
      : null;
    const below = await units().findMany({
      where: { path: { $startsWith: root.path } },
      select: ['id'],
    });
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
