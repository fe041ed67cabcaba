import type { Core } from '@strapi/strapi';
import { MEMBERSHIP_UID, type ScopeMode } from '../../core/constants';
import { getService } from '../../core/get-service';
import { ownerFieldOf, pluginConfig } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';
import type { StoredPermission } from '../default-role-table';
import { parentPathOf } from './unit-tree';

/** A stored unit membership: an admin user in a unit, for one role or for all of theirs. */
export interface MembershipRow {
  id: number;
  user?: { id: number } | null;
  unit?: { id: number; documentId?: string; path?: string | null } | null;
  role?: { id: number } | null;
}

interface Membership {
  unitId: number;
  path: string;
  roleId: number | null;
}

interface UserScope {
  memberships: Membership[];
  roleOfPermission: Map<number, number>;
  units: Map<string, Promise<number[]>>;
}

interface AdminUserLike {
  id: number | string;
}

/**
 * Which units an admin user acts for. Computed once per user object: the admin
 * authenticates every request with a freshly loaded user, so a membership change
 * counts from the next request, and one request's many condition checks share one lookup.
 */
const unitScopeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new WeakMap<object, Promise<UserScope>>();

  const loadScope = async (userId: number): Promise<UserScope> => {
    const [rows, permissions] = await Promise.all([
      rowsOf<MembershipRow>(strapi, MEMBERSHIP_UID).findMany({
        where: { user: { id: userId } },
        populate: { unit: { select: ['id', 'path'] }, role: { select: ['id'] } },
      }),
      rowsOf<Pick<StoredPermission, 'id' | 'role'>>(strapi, 'admin::permission').findMany({
        where: { role: { users: { id: userId } } },
        select: ['id'],
        populate: { role: { select: ['id'] } },
      }),
    ]);
    const memberships = rows.flatMap((row) =>
      row.unit?.path
        ? [{ unitId: row.unit.id, path: row.unit.path, roleId: row.role?.id ?? null }]
        : []
    );
    const roleOfPermission = new Map(
      permissions.flatMap((p): Array<[number, number]> => (p.role ? [[p.id, p.role.id]] : []))
    );
    return { memberships, roleOfPermission, units: new Map() };
  };

  const scopeOf = (user: AdminUserLike & object) => {
    let scope = cache.get(user);
    if (!scope) {
      scope = loadScope(Number(user.id));
      cache.set(user, scope);
    }
    return scope;
  };

  return {
    /** The user's memberships that apply to a role (those without a role apply to every role). */
    async memberships(user: AdminUserLike & object, roleId?: number | null) {
      const { memberships } = await scopeOf(user);
      return roleId === null || roleId === undefined
        ? memberships
        : memberships.filter((m) => m.roleId === null || m.roleId === roleId);
    },

    /** Unit ids a condition of the given mode grants, for the role that holds `permissionId`. */
    async unitIds(
      user: AdminUserLike & object,
      mode: ScopeMode,
      permissionId?: number
    ): Promise<number[]> {
      const scope = await scopeOf(user);
      const roleId =
        permissionId === undefined ? null : (scope.roleOfPermission.get(permissionId) ?? null);
      const key = `${mode}:${roleId ?? '*'}`;
      let ids = scope.units.get(key);
      if (!ids) {
        const memberships = await this.memberships(user, roleId);
        ids =
          mode === 'own'
            ? Promise.resolve([...new Set(memberships.map((m) => m.unitId))])
            : getService(strapi, 'unit-tree').idsAtOrBelow(
                memberships.flatMap((m) => {
                  const path = mode === 'below' ? m.path : parentPathOf(m.path);
                  return path ? [path] : [];
                })
              );
        scope.units.set(key, ids);
      }
      return ids;
    },

    /** The attribute path a condition filters on for a subject: `unit.id`, `issuingUnit.id`, or `id` for units. */
    scopeFieldOf(subject: string | null | undefined): string | null {
      if (!subject) {
        return null;
      }
      if (subject === pluginConfig(strapi).unitUid) {
        return 'id';
      }
      const field = ownerFieldOf(strapi, subject);
      return field ? `${field}.id` : null;
    },
  };
};

export default unitScopeService;
export type UnitScopeService = ReturnType<typeof unitScopeService>;
