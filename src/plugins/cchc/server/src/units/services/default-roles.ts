import type { Core } from '@strapi/strapi';
import {
  CM,
  DEFAULT_ROLES,
  FIELD_ACTIONS,
  MEDIA_ACTIONS,
  REVIEWED,
  UNIT,
  type Grant,
  type PermissionInput,
  type RoleDefinition,
  type StoredPermission,
  type StoredRole,
} from '../default-role-table';
import { pluginConfig } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';
import { schemaOf } from '../../core/schemas';

/** A model's field paths as the admin's content-type service lists them for the Roles editor. */
const nestedFieldsOf = (strapi: Core.Strapi, model: unknown): string[] =>
  strapi.service('admin::content-type').getNestedFields(model, { components: strapi.components });

const defaultRolesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every field path the Roles editor would tick for a subject. */
  fieldsOf(subject: string): string[] {
    return nestedFieldsOf(strapi, schemaOf(strapi, subject));
  },

  /** The UIDs a grant names: the reviewed types and the unit type come from configuration. */
  subjectsOf(grant: Grant): string[] {
    const config = pluginConfig(strapi);
    return grant.subjects.flatMap((subject) => {
      if (subject === REVIEWED) {
        return config.review.types;
      }
      return subject === UNIT ? [config.unitUid] : [subject];
    });
  },

  permissionsOf(definition: RoleDefinition): PermissionInput[] {
    const permissions: PermissionInput[] = definition.grants.flatMap((grant) =>
      this.subjectsOf(grant).flatMap((subject) =>
        grant.verbs.map((verb) => {
          const action = `${CM}.${verb}`;
          let fields: string[] | undefined;
          if (FIELD_ACTIONS.has(action)) {
            const all = this.fieldsOf(subject);
            fields = grant.onlyFields
              ? all.filter((f) => grant.onlyFields!.some((o) => f === o || f.startsWith(`${o}.`)))
              : all.filter(
                  (f) => !(grant.withoutFields ?? []).some((w) => f === w || f.startsWith(`${w}.`))
                );
          }
          return {
            action,
            subject,
            properties: fields ? { fields } : {},
            conditions: grant.condition ? [grant.condition] : [],
          };
        })
      )
    );
    const media = MEDIA_ACTIONS.map((action) => ({
      action,
      subject: null,
      properties: {},
      conditions: [],
    }));
    const own = (definition.actions ?? []).map(({ action, condition }) => ({
      action,
      subject: null,
      properties: {},
      conditions: [condition],
    }));
    return [...permissions, ...media, ...own];
  },

  /** What the plugin has granted each default role so far: permission key → field paths. */
  grantsStore() {
    return strapi.store({ type: 'plugin', name: 'cchc', key: 'default-role-grants' });
  },

  /**
   * Brings existing default roles up to the current definitions: a permission or field added
   * to a definition since the role was set up is granted once. What was granted before and has
   * since been taken away by an administrator stays taken away.
   */
  async upgrade() {
    const store = this.grantsStore();
    const applied = ((await store.get({})) ?? {}) as Record<string, Record<string, string[]>>;
    const permissions = rowsOf<StoredPermission>(strapi, 'admin::permission');
    let added = 0;
    for (const definition of DEFAULT_ROLES) {
      const role = await rowsOf<StoredRole>(strapi, 'admin::role').findOne({
        where: { code: definition.code },
      });
      if (!role) {
        continue;
      }
      const granted = (applied[definition.code] ??= {});
      const current = new Map(
        (
          await permissions.findMany({
            where: { role: { id: role.id } },
            select: ['id', 'action', 'subject', 'properties'],
          })
        ).map((p) => [`${p.action}|${p.subject ?? ''}`, p])
      );
      for (const wanted of this.permissionsOf(definition)) {
        const permKey = `${wanted.action}|${wanted.subject ?? ''}`;
        const fields = wanted.properties.fields ?? [];
        const before = granted[permKey];
        const stored = current.get(permKey);
        if (!stored) {
          // granted before and gone since: an administrator took it away
          if (!before) {
            await permissions.create({ data: { ...wanted, actionParameters: {}, role: role.id } });
            added += 1;
          }
        } else if (fields.length > 0) {
          const candidates = before ? fields.filter((f) => !before.includes(f)) : fields;
          const have = stored.properties?.fields ?? [];
          const missing = candidates.filter((f) => !have.includes(f));
          if (missing.length > 0) {
            await permissions.update({
              where: { id: stored.id },
              data: { properties: { ...stored.properties, fields: [...have, ...missing] } },
            });
            added += 1;
          }
        }
        granted[permKey] = fields;
      }
    }
    await store.set({ value: applied });
    if (added > 0) {
      strapi.log.info(`Granted ${added} new permission(s) or field(s) to the cchc default roles.`);
    }
    return added;
  },

  /** Creates the missing default roles with their permissions; leaves existing ones alone. */
  async ensure() {
    const roleService = strapi.service('admin::role');
    // Strapi creates its own roles (super admin first) only while there are none: let it go first.
    await roleService.createRolesIfNoneExist();
    const created: string[] = [];
    for (const definition of DEFAULT_ROLES) {
      const existing = await roleService.findOne({ code: definition.code });
      if (existing) {
        continue;
      }
      const role = await roleService.create({
        name: definition.name,
        code: definition.code,
        description: definition.description,
      });
      await roleService.assignPermissions(role.id, this.permissionsOf(definition));
      created.push(definition.name);
    }
    if (created.length > 0) {
      strapi.log.info(`Created default roles: ${created.join(', ')}`);
    }
  },
});

export default defaultRolesService;
export type DefaultRolesService = ReturnType<typeof defaultRolesService>;
