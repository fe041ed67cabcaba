import type { Core } from '@strapi/strapi';
import { MEMBERSHIP_UID, REPORT_ACTIONS, REPORT_UID } from '../core/constants';
import { rowsOf } from '../core/rows';
import type { Reminder } from './reminder-message';
import type { ReportRow } from './report-rows';

/** A unit's member as the reminders read it: the account, and the role it acts in. */
interface Member {
  user: { email: string; isActive: boolean; roles: Array<{ id: number }> } | null;
  role: { id: number } | null;
}

/** An admin permission with its role's id. */
interface RolePermission {
  role: { id: number } | null;
}

/** Where each unit's report for a campaign's period stands. */
export const reportStatuses = async (
  strapi: Core.Strapi,
  campaignId: number,
  periodKey: string,
  unitIds: number[]
) => {
  const reports = unitIds.length
    ? await rowsOf<Pick<ReportRow, 'reportStatus' | 'unit'>>(strapi, REPORT_UID).findMany({
        where: { campaign: { id: campaignId }, periodKey, unit: { id: { $in: unitIds } } },
        select: ['reportStatus'],
        populate: { unit: { select: ['id'] } },
      })
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
      await rowsOf<RolePermission>(strapi, 'admin::permission').findMany({
        where: { action: REPORT_ACTIONS.submit },
        populate: { role: { select: ['id'] } },
      })
    ).flatMap((p) => (p.role ? [p.role.id] : []))
  );
  const members = await rowsOf<Member>(strapi, MEMBERSHIP_UID).findMany({
    where: { unit: { id: unit.id } },
    populate: {
      user: { select: ['email', 'isActive'], populate: { roles: { select: ['id'] } } },
      role: { select: ['id'] },
    },
  });
  const emails = members.flatMap(({ user, role }) => {
    const roles = role ? [role.id] : (user?.roles ?? []).map((r) => r.id);
    return user?.isActive && roles.some((id) => submitRoles.has(id)) ? [user.email] : [];
  });
  const contact = unit.contact?.email;
  return [...new Set([...(contact ? [contact] : []), ...emails].map((e) => e.toLowerCase()))];
};
