import type { Core } from '@strapi/strapi';
import { messageOf } from '../../core/error-message';
import { CAMPAIGN_UID, REMINDER_UID } from '../../core/constants';
import type { ReportStatus } from '../metrics';
import { addDays, periodsBetween, type Period } from '../period';
import { dueDateOf, targetsFor } from '../targets';
import type { Reason, Reminder } from '../reminder-message';
import { reminderRecipients, reportStatuses } from '../reminder-recipients';
import { deliverReminder } from '../reminder-delivery';
import { finishClaim, JOB_STATUSES, type Claim } from '../../core/jobs/leases';
import type { JobKind, Outcome } from '../../core/jobs/kind';
import { rfc3339In } from '../../core/local-time';
import { getService } from '../../core/get-service';
import { pluginConfig, unitUidOf } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';
import type { UnitRow } from '../summary-input';
import type { CampaignRow } from '../report-rows';

export interface QueueRequest {
  campaign: CampaignRow;
  period: Period;
  kind: 'scheduled' | 'manual';
  /** only these units (manual reminders); otherwise every unit the campaign expects a report from */
  unitIds?: Set<number> | 'all';
  requestedBy?: string | null;
  now: Date;
}

export const REPORT_REMINDERS = 'report-reminders';
// renewed while the SMTP server answers, so a slow one keeps the reminder
const LEASE_MS = 5 * 60 * 1000;
const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
const isUniqueViolation = (error: unknown) =>
  /unique|23505|SQLITE_CONSTRAINT/i.test(`${codeOf(error) ?? ''} ${messageOf(error)}`);

/** Why a unit needs no reminder, if it needs none. */
const alreadyDone = (status: ReportStatus | undefined) =>
  status === 'submitted' || status === 'accepted' ? 'Đơn vị đã gửi báo cáo.' : null;
const reasonOf = (status: ReportStatus | undefined): Reason =>
  status === 'returned' ? 'returned' : status === 'draft' ? 'draft' : 'missing';

/**
 * Reminders ("đôn đốc") to units whose report for a period is missing, unsent or returned: on
 * the days around the due date the configuration names, and on demand. Each reminder is a row
 * with a unique key (unit, period, day or hour), so that every node may plan the same reminders
 * and only one row results; a node then claims the row before it sends, as scheduled jobs are.
 */
const reportRemindersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => rowsOf<Reminder>(strapi, REMINDER_UID);
  const settings = () => pluginConfig(strapi).reports;
  const zone = () => pluginConfig(strapi).timeZone;
  const planned = new Set<string>();

  return {
    /** Queues the day's scheduled reminders; cheap on days without any. */
    async plan(now: Date = new Date()) {
      const { enabled, offsetsDays, fromHour } = settings().reminders;
      const local = rfc3339In(zone(), now);
      if (!enabled || Number(local.slice(11, 13)) < fromHour) {
        return 0;
      }
      const today = local.slice(0, 10);
      const earliest = addDays(today, -Math.max(0, ...offsetsDays) - 400);
      const campaigns = await rowsOf<Pick<CampaignRow, 'id'>>(strapi, CAMPAIGN_UID).findMany({
        where: { periodStart: { $lte: today }, periodEnd: { $gte: earliest } },
        select: ['id'],
      });
      let queued = 0;
      for (const { id } of campaigns) {
        const campaign = await getService(strapi, 'reports').campaign(id);
        if (!campaign) {
          continue;
        }
        const type = campaign.reportingPeriod ?? 'quarter';
        for (const period of periodsBetween(type, campaign.periodStart, campaign.periodEnd)) {
          const dueOn = dueDateOf(campaign, period);
          const key = `${campaign.documentId}:${period.key}:${today}`;
          if (planned.has(key) || !offsetsDays.some((d) => addDays(dueOn, d) === today)) {
            continue;
          }
          const result = await this.queue({ campaign, period, kind: 'scheduled', now });
          queued += result.queued.length;
          planned.add(key);
        }
      }
      return queued;
    },

    /** One reminder row per unit that owes the report; units that sent it are skipped. */
    async queue({
      campaign,
      period,
      kind,
      unitIds = 'all',
      requestedBy = null,
      now,
    }: QueueRequest) {
      const root = campaign.issuingUnit;
      const queued: Array<{ unit: string; reason: Reason }> = [];
      const skipped: Array<{ unit: string; why: string }> = [];
      if (!root) {
        return { queued, skipped };
      }
      const units = await this.unitsToRemind(root.id, unitIds);
      const statuses = await this.statuses(
        campaign.id,
        period.key,
        units.map((u) => u.id)
      );
      const dueOn = dueDateOf(campaign, period);
      const local = rfc3339In(zone(), now);
      const bucket = kind === 'scheduled' ? local.slice(0, 10) : local.slice(0, 13);
      for (const unit of units) {
        const why = targetsFor(campaign.targets, unit, period)
          ? alreadyDone(statuses.get(unit.id))
          : 'Kế hoạch không giao chỉ tiêu cho đơn vị này.';
        if (why) {
          skipped.push({ unit: unit.name, why });
          continue;
        }
        const reason = reasonOf(statuses.get(unit.id));
        // document ids, not row ids: a restore renumbers the rows, and must not remind twice
        const dedupeKey = `${kind}:${campaign.documentId}:${period.key}:${unit.documentId}:${bucket}`;
        const inserted = await this.insert({
          campaign: campaign.id,
          unit: unit.id,
          periodKey: period.key,
          periodLabel: period.label,
          dueOn,
          kind,
          reason,
          requestedBy,
          dedupeKey,
        });
        if (inserted) {
          queued.push({ unit: unit.name, reason });
        } else {
          skipped.push({ unit: unit.name, why: 'Đã nhắc đơn vị trong khoảng thời gian này.' });
        }
      }
      if (queued.length > 0) {
        setImmediate(() => void this.work());
      }
      return { queued, skipped };
    },

    /** The units below `rootId` (all, or only `unitIds`). */
    async unitsToRemind(rootId: number, unitIds: Set<number> | 'all') {
      const rootRow = await rowsOf<Pick<UnitRow, 'path'>>(strapi, unitUidOf(strapi)).findOne({
        where: { id: rootId },
        select: ['path'],
      });
      const units = await rowsOf<Pick<UnitRow, 'id' | 'documentId' | 'name' | 'kind'>>(
        strapi,
        unitUidOf(strapi)
      ).findMany({
        where: { path: { $startsWith: rootRow?.path ?? '/none/' }, id: { $ne: rootId } },
        select: ['id', 'documentId', 'name', 'kind'],
      });
      return units.filter((unit) => unitIds === 'all' || unitIds.has(unit.id));
    },

    /** One reminder row, once per key: false when another request or node already made it. */
    async insert(data: Record<string, unknown> & { dedupeKey: string }) {
      if (await rows().findOne({ where: { dedupeKey: data.dedupeKey }, select: ['id'] })) {
        return false;
      }
      try {
        await rows().create({ data: { ...data, status: 'pending', attempts: 0 } });
        return true;
      } catch (error) {
        if (!isUniqueViolation(error)) {
          throw error;
        }
        return false;
      }
    },

    async statuses(campaignId: number, periodKey: string, unitIds: number[]) {
      return reportStatuses(strapi, campaignId, periodKey, unitIds);
    },

    /** The unit's contact address and its members who may submit its report. */
    async recipientsOf(unit: NonNullable<Reminder['unit']>) {
      return reminderRecipients(strapi, unit);
    },

    /** Sends the reminders due now that this node can claim; how many went out. Never throws. */
    async work(now?: Date) {
      return (await getService(strapi, 'jobs').run(REPORT_REMINDERS, now)).outcomes.done;
    },

    /** Reminders as a kind of the job runner: each pass plans the day's, then sends what is due. */
    jobKind(): JobKind<Reminder> {
      return {
        name: REPORT_REMINDERS,
        uid: REMINDER_UID,
        statuses: JOB_STATUSES,
        batchSize: () => 20,
        leaseMs: () => LEASE_MS,
        renewWhileRunning: true,
        populate: {
          campaign: { select: ['id', 'documentNumber', 'title'] },
          unit: { select: ['id', 'name'], populate: { contact: true } },
        },
        prepare: (now) => this.plan(now),
        // their dedupe keys name the day or hour they were for: an old key is never made again
        retention: {
          finished: ['sent', 'skipped', 'failed'],
          timeFields: ['sentAt', 'nextAttemptAt'],
        },
        handle: (reminder, now, claim) => this.send(reminder, now, claim),
      };
    },

    /** The e-mail itself, through Strapi's e-mail plugin. */
    async mail(message: { to: string; subject: string; text: string }) {
      await strapi.plugin('email').service('email').send(message);
    },

    /** Sends one claimed reminder and records what became of it. */
    async send(reminder: Reminder, now: Date, claim: Claim): Promise<Outcome> {
      const what = `Report reminder ${reminder.id}`;
      const finish = async (data: Record<string, unknown>, outcome: Outcome) =>
        (await finishClaim(strapi, rows(), claim, JOB_STATUSES, data, what)) ? outcome : 'lost';
      if (!reminder.unit) {
        return finish({ status: 'skipped', lastError: 'Đơn vị không còn tồn tại.' }, 'skipped');
      }
      const status = reminder.campaign
        ? (await this.statuses(reminder.campaign.id, reminder.periodKey, [reminder.unit.id])).get(
            reminder.unit.id
          )
        : undefined;
      if (status === 'submitted' || status === 'accepted') {
        return finish(
          { status: 'skipped', lastError: 'Đơn vị đã gửi báo cáo trước khi thư được gửi.' },
          'skipped'
        );
      }
      const recipients = await this.recipientsOf(reminder.unit);
      if (recipients.length === 0) {
        return finish(
          {
            status: 'failed',
            attempts: reminder.attempts + 1,
            lastError:
              'Đơn vị chưa có địa chỉ thư: thêm thư điện tử liên hệ của đơn vị hoặc tài khoản lãnh đạo đơn vị.',
          },
          'failed'
        );
      }
      return deliverReminder(strapi, {
        reminder,
        recipients,
        now,
        finish,
        mail: (message) => this.mail(message),
      });
    },
  };
};

export default reportRemindersService;
export type ReportRemindersService = ReturnType<typeof reportRemindersService>;
