import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../core/constants';
import { getService } from '../../core/get-service';
import { rowsOf } from '../../core/rows';
import { DEFAULT_ROLES, type StoredPermission } from '../default-role-table';

const key = (action: string, subject: string | null) => `${action}|${subject ?? ''}`;

/**
 * Strapi drops a condition it does not know when permissions are saved, and ignores one it
 * cannot find when they are evaluated: either way the permission then applies to every unit.
 * At start this guard closes both: permissions naming an unknown condition are removed, and the
 * default roles get their unit conditions back where they have gone missing.
 */
const roleGuardService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async check() {
    const conditions = getService(strapi, 'conditions');
    const defaults = getService(strapi, 'default-roles');
    const permissionQuery = rowsOf<StoredPermission>(strapi, 'admin::permission');
    const stored = await permissionQuery.findMany({
      select: ['id', 'action', 'subject', 'conditions'],
      populate: { role: { select: ['id', 'code'] } },
    });

    const unknown = stored.filter((p) =>
      (p.conditions ?? []).some((c) => !conditions.isRegistered(c))
    );
    if (unknown.length > 0) {
      strapi.log.error(
        `Removing ${unknown.length} admin permission(s) whose condition is not registered (they would apply to everything): ` +
          unknown
            .map(
              (p) => `${p.role?.code}: ${p.action} ${p.subject ?? ''} [${p.conditions?.join(', ')}]`
            )
            .join('; ')
      );
      await permissionQuery.deleteMany({ where: { id: { $in: unknown.map((p) => p.id) } } });
    }

    let repaired = 0;
    for (const definition of DEFAULT_ROLES) {
      const expected = new Map(
        defaults
          .permissionsOf(definition)
          .filter((p) => p.conditions.length > 0)
          .map((p) => [key(p.action, p.subject), p.conditions])
      );
      for (const permission of stored) {
        if (permission.role?.code !== definition.code || unknown.includes(permission)) {
          continue;
        }
        const want = expected.get(key(permission.action, permission.subject));
        const have = permission.conditions ?? [];
        if (want && !want.every((c) => have.includes(c))) {
          await permissionQuery.update({
            where: { id: permission.id },
            data: { conditions: want },
          });
          repaired += 1;
        }
      }
    }
    if (repaired > 0) {
      strapi.log.error(
        `Restored the unit condition on ${repaired} permission(s) of the ${PLUGIN_ID} default roles.`
      );
    }
    return { removed: unknown.length, repaired };
  },
});

export default roleGuardService;
export type RoleGuardService = ReturnType<typeof roleGuardService>;
