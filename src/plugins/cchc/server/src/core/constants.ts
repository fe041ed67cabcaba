import type { UID } from '@strapi/strapi';

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

export const JOB_UID = 'plugin::cchc.scheduled-job';
export const SOCIAL_POST_UID = 'plugin::cchc.social-post';
export const SUBSCRIPTION_UID = 'plugin::cchc.webhook-subscription';
export const DELIVERY_UID = 'plugin::cchc.webhook-delivery';
export const SPEECH_JOB_UID = 'plugin::cchc.speech-job';
export const REMINDER_UID = 'plugin::cchc.report-reminder';

/**
 * The application's content types (schemas in `src/api`) the plugin's features work with by
 * name. The reviewed types and the unit tree are settings (`review.types`, `unitUid`); these are
 * what a feature needs whatever the settings say. The application's seed reads them too.
 */
export const APP_UIDS = {
  unit: 'api::unit.unit',
  column: 'api::column.column',
  topic: 'api::topic.topic',
  campaign: 'api::campaign.campaign',
  article: 'api::article.article',
  leaflet: 'api::leaflet.leaflet',
  broadcastScript: 'api::broadcast-script.broadcast-script',
  training: 'api::training.training',
  unitReport: 'api::unit-report.unit-report',
  socialChannel: 'api::social-channel.social-channel',
  station: 'api::station.station',
  rundownItem: 'api::rundown-item.rundown-item',
} as const satisfies Record<string, UID.ContentType>;

export const REPORT_UID = APP_UIDS.unitReport;
export const CAMPAIGN_UID = APP_UIDS.campaign;
/** The calendar's events: trainings are the one reviewed type with a start and an end. */
export const TRAINING_UID = APP_UIDS.training;
export const SOCIAL_CHANNEL_UID = APP_UIDS.socialChannel;
export const SITE_TOKEN_UID = 'plugin::cchc.site-token';

/** Review stages of a managed document's draft, in workflow order. */
export const REVIEW_STAGES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** Attributes the plugin adds to every reviewed content type. */
export const REVIEW_FIELDS = {
  stage: 'reviewStage',
  stageAt: 'reviewStageAt',
  publishAt: 'publishAt',
  unpublishAt: 'unpublishAt',
} as const;

/** Webhook events of the review workflow, as Strapi's webhook store names them. */
export const REVIEW_EVENTS = {
  submitted: 'cchc.entry.submitted',
  approved: 'cchc.entry.approved',
  returned: 'cchc.entry.returned',
} as const;

/** Admin actions of results reporting; each may carry a unit condition that bounds it. */
export const REPORT_ACTIONS = {
  summary: 'plugin::cchc.reports.summary',
  submit: 'plugin::cchc.reports.submit',
  decide: 'plugin::cchc.reports.decide',
  remind: 'plugin::cchc.reports.remind',
} as const;
