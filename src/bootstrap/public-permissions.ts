import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS, publicReadable } from '../constants';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/**
 * The Public role reads published content and nothing else: grants the reads that are missing
 * and revokes every other permission, ours (unit reports are never public) and the plugins'
 * (front-end sign-up, login and password reset: the product has no front-end accounts).
 * Safe to run at every start.
 */
export const ensurePublicPermissions = async (strapi: Core.Strapi) => {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (!role) {
    throw new Error('The users-permissions Public role is missing.');
  }
  const wanted = new Set(
    publicReadable(strapi).flatMap((uid) => PUBLIC_ACTIONS.map((a) => `${uid}.${a}`))
  );
  const current: Array<{ id: number; action: string }> = await strapi.db
    .query(PERMISSION_UID)
    .findMany({
      where: { role: role.id },
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
  await closeRegistration(strapi);
};

/** Turns off users-permissions sign-up (`allow_register`), in case Public is granted it again. */
const closeRegistration = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown> | null;
  if (advanced && advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  }
};
