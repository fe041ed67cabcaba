import type { Core } from '@strapi/strapi';
import { MEMBERSHIP_UID, REPORT_ACTIONS, REPORT_UID } from '../core/constants';
import type { ReportStatus } from './metrics';
import type { Reminder } from './reminder-message';

/** Where each unit's report for a campaign's period stands. */
export const reportStatuses = async (
  strapi: Core.Strapi,
  campaignId: number,
  periodKey: string,
  unitIds: number[]
) => {
  const reports = unitIds.length
    ? ((await strapi.db.query(REPORT_UID).findMany({
        where: { campaign: { id: campaignId }, periodKey, unit: { id: { $in: unitIds } } },
        select: ['reportStatus'],
        populate: { unit: { select: ['id'] } },
      })) as Array<{ reportStatus: ReportStatus; unit: { id: number } | null }>)
    : [];
  return new Map(reports.flatMap((r) => (r.unit ? [[r.unit.id, r.reportStatus] as const] : [])));
};

/** The unit's contact address and its members who may submit its report. */
export const reminderRecipients = async (
  strapi: Core.Strapi,
  unit: NonNullable<Reminder['unit']>
) => {
  const submitRoles = new Set(
    (
      (await strapi.db.query('admin::permission').findMany({
        where: { action: REPORT_ACTIONS.submit },
        populate: { role: { select: ['id'] } },
      })) as Array<{ role: { id: number } | null }>
    ).flatMap((p) => (p.role ? [p.role.id] : []))
  );
  const members = (await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { unit: { id: unit.id } },
    populate: {
      user: { select: ['email', 'isActive'], populate: { roles: { select: ['id'] } } },
      role: { select: ['id'] },
    },
  })) as Array<{
    user: { email: string; isActive: boolean; roles: Array<{ id: number }> } | null;
    role: { id: number } | null;
  }>;
  const emails = members.flatMap(({ user, role }) => {
    const roles = role ? [role.id] : (user?.roles ?? []).map((r) => r.id);
    return user?.isActive && roles.some((id) => submitRoles.has(id)) ? [user.email] : [];
  });
  const contact = unit.contact?.email;
  return [...new Set([...(contact ? [contact] : []), ...emails].map((e) => e.toLowerCase()))];
};
