export const PLUGIN_ID = 'cchc';

/** Key under which schema.json attributes carry the plugin's per-field options. */
export const PLUGIN_OPTIONS_KEY = PLUGIN_ID;

/** Longest slug we generate; long Vietnamese titles are cut at a word boundary. */
export const SLUG_MAX_LENGTH = 120;

export const MEMBERSHIP_UID = 'plugin::cchc.unit-membership';
export const AUDIT_UID = 'plugin::cchc.audit-entry';

/** Admin RBAC conditions the plugin registers, by short name; stored as `plugin::cchc.<name>`. */
export const CONDITIONS = {
  inMyUnit: 'in-my-unit',
  inMyUnitOrBelow: 'in-my-unit-or-below',
  inMyParentUnitOrBelow: 'in-my-parent-unit-or-below',
} as const;

export type ScopeMode = 'own' | 'below' | 'parent-below';

export const CONDITION_MODES: Record<string, ScopeMode> = {
  [CONDITIONS.inMyUnit]: 'own',
  [CONDITIONS.inMyUnitOrBelow]: 'below',
  [CONDITIONS.inMyParentUnitOrBelow]: 'parent-below',
};

export const conditionId = (name: string) => `plugin::${PLUGIN_ID}.${name}`;
