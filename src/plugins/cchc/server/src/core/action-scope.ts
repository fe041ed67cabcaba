import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONDITION_MODES, PLUGIN_ID } from './constants';
import { adminRequest } from './admin-ability';
import { getService } from './get-service';

/** The units an admin may act on for an action: all of them, some, or none. */
export type ActionScope = 'all' | Set<number> | null;

type AdminUser = { id: number | string } & object;

export const inScope = (scope: ActionScope, unitId: number | null | undefined) =>
  scope === 'all' ||
  (scope !== null && unitId !== null && unitId !== undefined && scope.has(unitId));

/**
 * Where a user may use one of the plugin's admin actions: the union of the units its unit
 * conditions give, or everywhere for a permission without conditions.
 */
export const actionScope = async (
  strapi: Core.Strapi,
  user: AdminUser,
  action: string
): Promise<ActionScope> => {
  const permissions = (await strapi
    .service('admin::permission')
    .findUserPermissions(user)) as Array<{ id: number; action: string; conditions?: string[] }>;
  const granted = permissions.filter((p) => p.action === action);
  if (granted.length === 0) {
    return null;
  }
  if (granted.some((permission) => (permission.conditions ?? []).length === 0)) {
    return 'all';
  }
  const units = new Set<number>();
  for (const permission of granted) {
    for (const condition of permission.conditions ?? []) {
      const mode = CONDITION_MODES[condition.replace(`plugin::${PLUGIN_ID}.`, '')];
      if (!mode) {
        continue;
      }
      const ids = await getService(strapi, 'unit-scope').unitIds(user, mode, permission.id);
      ids.forEach((id) => units.add(id));
    }
  }
  return units;
};

/** The current admin's scope for an action (everything outside an admin request), or a 403. */
export const requireScope = async (strapi: Core.Strapi, action: string, message: string) => {
  const admin = adminRequest(strapi);
  if (!admin) {
    return 'all' as const;
  }
  const scope = await actionScope(strapi, admin.user, action);
  if (scope === null || (scope !== 'all' && scope.size === 0)) {
    throw new errors.PolicyError(message);
  }
  return scope;
};
