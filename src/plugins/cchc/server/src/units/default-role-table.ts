import {
  APP_UIDS,
  AUDIT_UID,
  CONDITIONS,
  JOB_UID,
  REMINDER_UID,
  REPORT_ACTIONS,
  SITE_TOKEN_UID,
  SOCIAL_POST_UID,
  SPEECH_JOB_UID,
  conditionId,
} from '../core/constants';

export const CM = 'plugin::content-manager.explorer';
export const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];
export const FIELD_ACTIONS = new Set([`${CM}.create`, `${CM}.read`, `${CM}.update`]);

export type Verb = 'create' | 'read' | 'update' | 'delete' | 'publish';

export interface Grant {
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

/** An admin permission as stored (`admin::permission`), with its role when populated. */
export interface StoredPermission {
  id: number;
  action: string;
  subject: string | null;
  properties?: { fields?: string[] } | null;
  conditions?: string[] | null;
  role?: { id: number; code?: string } | null;
}

/** An admin role as stored (`admin::role`). */
export interface StoredRole {
  id: number;
  code: string;
}

/** Subjects named by configuration rather than by UID: expanded when permissions are built. */
export const REVIEWED = 'config:review.types';
export const UNIT = 'config:unitUid';
const CONTENT = [REVIEWED];
const REPORT = APP_UIDS.unitReport;
const CAMPAIGN = APP_UIDS.campaign;
const REFERENCE = [UNIT, APP_UIDS.column, APP_UIDS.topic, CAMPAIGN];
const AUDIT = AUDIT_UID;
const JOBS = JOB_UID;
const SOCIAL_POSTS = SOCIAL_POST_UID;
const SOCIAL_CHANNELS = APP_UIDS.socialChannel;
const STATIONS = APP_UIDS.station;
const RUNDOWN = APP_UIDS.rundownItem;
const SPEECH_JOBS = SPEECH_JOB_UID;
const REMINDERS = REMINDER_UID;
const SITE_TOKENS = SITE_TOKEN_UID;
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
      { subjects: [UNIT, APP_UIDS.column, APP_UIDS.topic], verbs: ['read'] },
    ],
    actions: [
      { action: REPORT_ACTIONS.summary, condition: parentBelow },
      { action: REPORT_ACTIONS.decide, condition: parentBelow },
      { action: REPORT_ACTIONS.remind, condition: parentBelow },
    ],
  },
];
