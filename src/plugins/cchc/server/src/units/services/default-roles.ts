import type { Core } from '@strapi/strapi';
import { CONDITIONS, REPORT_ACTIONS, conditionId } from '../../core/constants';
import { pluginConfig } from '../../core/plugin-config';

const CM = 'plugin::content-manager.explorer';
const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];
const FIELD_ACTIONS = new Set([`${CM}.create`, `${CM}.read`, `${CM}.update`]);

type Verb = 'create' | 'read' | 'update' | 'delete' | 'publish';

interface Grant {
  subjects: string[];
  verbs: Verb[];
  condition?: string;
  /** fields left out of create/read/update */
  withoutFields?: string[];
  /** only these fields (create/read/update) */
  onlyFields?: string[];
}

export interface RoleDefinition {
  code: string;
  name: string;
  description: string;
  grants: Grant[];
  /** the plugin's own admin actions (no subject), each bounded by a unit condition */
  actions?: Array<{ action: string; condition: string }>;
}

export interface PermissionInput {
  action: string;
  subject: string | null;
  properties: { fields?: string[] };
  conditions: string[];
}

/** Subjects named by configuration rather than by UID: expanded when permissions are built. */
const REVIEWED = 'config:review.types';
const UNIT = 'config:unitUid';
const CONTENT = [REVIEWED];
const REPORT = 'api::unit-report.unit-report';
const CAMPAIGN = 'api::campaign.campaign';
const REFERENCE = [UNIT, 'api::column.column', 'api::topic.topic', CAMPAIGN];
const AUDIT = 'plugin::cchc.audit-entry';
const JOBS = 'plugin::cchc.scheduled-job';
const SOCIAL_POSTS = 'plugin::cchc.social-post';
const SOCIAL_CHANNELS = 'api::social-channel.social-channel';
const STATIONS = 'api::station.station';
const RUNDOWN = 'api::rundown-item.rundown-item';
const SPEECH_JOBS = 'plugin::cchc.speech-job';
const REMINDERS = 'plugin::cchc.report-reminder';
const SITE_TOKENS = 'plugin::cchc.site-token';
const REPORT_DECISION_FIELDS = ['reportStatus', 'returnReason', 'submittedAt'];

const own = conditionId(CONDITIONS.inMyUnit);
const below = conditionId(CONDITIONS.inMyUnitOrBelow);
const parentBelow = conditionId(CONDITIONS.inMyParentUnitOrBelow);

const editorGrants: Grant[] = [
  { subjects: CONTENT, verbs: ['create', 'read', 'update', 'delete'], condition: own },
  {
    subjects: [REPORT],
    verbs: ['create', 'read', 'update'],
    condition: own,
    withoutFields: REPORT_DECISION_FIELDS,
  },
  { subjects: REFERENCE, verbs: ['read'] },
  {
    subjects: [JOBS, SOCIAL_POSTS, SOCIAL_CHANNELS, STATIONS, SPEECH_JOBS],
    verbs: ['read'],
    condition: own,
  },
  // the commune's own station: schedule scripts and keep its aired log
  { subjects: [RUNDOWN], verbs: ['create', 'read', 'update', 'delete'], condition: own },
];

/** The roles of the CCHC workflow, created at start when missing (matched by code). */
export const DEFAULT_ROLES: RoleDefinition[] = [
  {
    code: 'cchc-unit-editor',
    name: 'Biên tập viên đơn vị',
    description:
      'Soạn, sửa, xóa bản nháp của đơn vị mình; không xuất bản; không xem nội dung đơn vị khác',
    grants: editorGrants,
  },
  {
    code: 'cchc-unit-head',
    name: 'Lãnh đạo đơn vị',
    description: 'Như biên tập viên đơn vị, và gửi báo cáo kết quả của đơn vị',
    grants: [
      ...editorGrants.filter((g) => !g.subjects.includes(REPORT)),
      { subjects: [REPORT], verbs: ['create', 'read', 'update'], condition: own },
      { subjects: [REMINDERS], verbs: ['read'], condition: own },
    ],
    actions: [{ action: REPORT_ACTIONS.submit, condition: own }],
  },
  {
    code: 'cchc-reviewer',
    name: 'Biên tập Cổng / Trung tâm VH-TT',
    description: 'Đọc, sửa, xuất bản và gỡ nội dung của đơn vị mình và mọi đơn vị cấp dưới',
    grants: [
      {
        subjects: CONTENT,
        verbs: ['create', 'read', 'update', 'delete', 'publish'],
        condition: below,
      },
      { subjects: REFERENCE, verbs: ['read'] },
      { subjects: [JOBS, SOCIAL_POSTS, SPEECH_JOBS], verbs: ['read'], condition: below },
      {
        subjects: [SOCIAL_CHANNELS, STATIONS, RUNDOWN],
        verbs: ['create', 'read', 'update', 'delete'],
        condition: below,
      },
      // the sites' API keys; the key itself is issued by its own route, shown once
      {
        subjects: [SITE_TOKENS],
        verbs: ['create', 'read', 'update', 'delete'],
        condition: below,
        withoutFields: ['keyHash'],
      },
    ],
    // the progress dashboard, without the reports themselves
    actions: [{ action: REPORT_ACTIONS.summary, condition: below }],
  },
  {
    code: 'cchc-office',
    name: 'Phòng Văn hóa và Thông tin',
    description:
      'Đọc nội dung và báo cáo mọi đơn vị thuộc cấp trên của mình; tiếp nhận hoặc trả lại báo cáo; quản lý kế hoạch',
    grants: [
      { subjects: CONTENT, verbs: ['read'], condition: parentBelow },
      { subjects: [REPORT], verbs: ['read'], condition: parentBelow },
      {
        subjects: [CAMPAIGN],
        verbs: ['create', 'read', 'update', 'delete'],
        condition: parentBelow,
      },
      {
        subjects: [
          AUDIT,
          JOBS,
          SOCIAL_POSTS,
          SOCIAL_CHANNELS,
          STATIONS,
          RUNDOWN,
          SPEECH_JOBS,
          REMINDERS,
        ],
        verbs: ['read'],
        condition: parentBelow,
      },
      { subjects: [UNIT, 'api::column.column', 'api::topic.topic'], verbs: ['read'] },
    ],
    actions: [
      { action: REPORT_ACTIONS.summary, condition: parentBelow },
      { action: REPORT_ACTIONS.decide, condition: parentBelow },
      { action: REPORT_ACTIONS.remind, condition: parentBelow },
    ],
  },
];

const defaultRolesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every field path the Roles editor would tick for a subject. */
  fieldsOf(subject: string): string[] {
    const contentTypeService = strapi.service('admin::content-type') as {
      getNestedFields(model: unknown, options: { components: unknown }): string[];
    };
    return contentTypeService.getNestedFields(
      strapi.contentTypes[subject as keyof typeof strapi.contentTypes],
      {
        components: strapi.components,
      }
    );
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
    const permissions = strapi.db.query('admin::permission');
    let added = 0;
    for (const definition of DEFAULT_ROLES) {
      const role = await strapi.db
        .query('admin::role')
        .findOne({ where: { code: definition.code } });
      if (!role) {
        continue;
      }
      const granted = (applied[definition.code] ??= {});
      const current = new Map(
        (
          (await permissions.findMany({
            where: { role: { id: role.id } },
            select: ['id', 'action', 'subject', 'properties'],
          })) as Array<{
            id: number;
            action: string;
            subject: string | null;
            properties: { fields?: string[] } | null;
          }>
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
