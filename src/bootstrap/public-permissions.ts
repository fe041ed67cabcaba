import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS, PUBLIC_READABLE } from '../constants';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/**
 * The Public role reads published content and nothing else of ours: grants the reads
 * that are missing and revokes any other `api::` permission (unit reports are never public).
 * Safe to run at every start.
 */
export const ensurePublicPermissions = async (strapi: Core.Strapi) => {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (!role) {
    throw new Error('The users-permissions Public role is missing.');
  }
  const wanted = new Set(
    PUBLIC_READABLE.flatMap((uid) => PUBLIC_ACTIONS.map((a) => `${uid}.${a}`))
  );
  const current: Array<{ id: number; action: string }> = await strapi.db
    .query(PERMISSION_UID)
    .findMany({
      where: { role: role.id, action: { $startsWith: 'api::' } },
      select: ['id', 'action'],
    });

  const unwanted = current.filter(({ action }) => !wanted.has(action));
  if (unwanted.length > 0) {
    strapi.log.warn(
      `Revoking Public permissions that must not exist: ${unwanted.map((p) => p.action).join(', ')}`
    );
    await strapi.db
      .query(PERMISSION_UID)
      .deleteMany({ where: { id: { $in: unwanted.map((p) => p.id) } } });
  }

  const present = new Set(current.map(({ action }) => action));
  for (const action of wanted) {
    if (!present.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
};
