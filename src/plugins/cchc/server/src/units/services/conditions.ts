import type { Core } from '@strapi/strapi';
import { CONDITIONS, CONDITION_MODES, PLUGIN_ID, type ScopeMode } from '../../core/constants';
import { getService } from '../../core/get-service';

interface ConditionSubjectUser {
  id: number | string;
  permission?: { id?: number; subject?: string | null };
}

interface ConditionProvider {
  registerMany(conditions: Array<Record<string, unknown>>): Promise<unknown> | unknown;
  has(id: string): boolean;
}

/** The admin's registry of RBAC conditions. */
const conditionProvider = (strapi: Core.Strapi): ConditionProvider =>
  strapi.service('admin::permission').conditionProvider;

const DISPLAY_NAMES: Record<string, string> = {
  [CONDITIONS.inMyUnit]: 'Thuộc đơn vị của tôi',
  [CONDITIONS.inMyUnitOrBelow]: 'Thuộc đơn vị của tôi hoặc cấp dưới',
  [CONDITIONS.inMyParentUnitOrBelow]: 'Thuộc đơn vị cấp trên của tôi hoặc cấp dưới',
};

/**
 * Admin RBAC conditions that make the unit the boundary of authority. Each answers in the
 * dotted form `{ 'unit.id': { $in: [...] } }`, the only one Strapi 5 applies to both lists
 * and single documents; a user with no unit in scope gets `false` (nothing).
 */
const conditionsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  handlerFor(mode: ScopeMode) {
    return async (user: ConditionSubjectUser) => {
      const scope = getService(strapi, 'unit-scope');
      const field = scope.scopeFieldOf(user.permission?.subject);
      if (!field) {
        // an action with no subject (the plugin's report actions): the service applies the scope
        return !user.permission?.subject && Boolean(user.permission);
      }
      const ids = await scope.unitIds(user, mode, user.permission?.id);
      return ids.length > 0 ? { [field]: { $in: ids } } : false;
    };
  },

  async register() {
    await conditionProvider(strapi).registerMany(
      Object.entries(CONDITION_MODES).map(([name, mode]) => ({
        name,
        plugin: PLUGIN_ID,
        displayName: DISPLAY_NAMES[name],
        category: 'Đơn vị',
        handler: this.handlerFor(mode),
      }))
    );
  },

  isRegistered(id: string) {
    return conditionProvider(strapi).has(id);
  },
});

export default conditionsService;
export type ConditionsService = ReturnType<typeof conditionsService>;
