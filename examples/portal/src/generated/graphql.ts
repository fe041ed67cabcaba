/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A time string with format HH:mm:ss.SSS */
  Time: { input: string; output: string; }
};

export type ArticleFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ArticleFiltersInput>>>;
  body?: InputMaybe<JsonFilterInput>;
  byline?: InputMaybe<StringFilterInput>;
  campaign?: InputMaybe<CampaignFiltersInput>;
  channels?: InputMaybe<ComponentContentChannelsFiltersInput>;
  column?: InputMaybe<ColumnFiltersInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  kind?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ArticleFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ArticleFiltersInput>>>;
  publishAt?: InputMaybe<DateTimeFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  reviewStage?: InputMaybe<StringFilterInput>;
  reviewStageAt?: InputMaybe<DateTimeFilterInput>;
  seo?: InputMaybe<ComponentSharedSeoFiltersInput>;
  sharedWithSubunits?: InputMaybe<BooleanFilterInput>;
  slug?: InputMaybe<StringFilterInput>;
  socialPost?: InputMaybe<ComponentContentSocialPostFiltersInput>;
  source?: InputMaybe<ComponentContentSourceFiltersInput>;
  summary?: InputMaybe<StringFilterInput>;
  title?: InputMaybe<StringFilterInput>;
  topics?: InputMaybe<TopicFiltersInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  unpublishAt?: InputMaybe<DateTimeFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type ArticleInput = {
  body?: InputMaybe<Scalars['JSON']['input']>;
  byline?: InputMaybe<Scalars['String']['input']>;
  campaign?: InputMaybe<Scalars['ID']['input']>;
  channels?: InputMaybe<ComponentContentChannelsInput>;
  column?: InputMaybe<Scalars['ID']['input']>;
  cover?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Enum_Article_Kind>;
  locale?: InputMaybe<Scalars['String']['input']>;
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  reviewStage?: InputMaybe<Enum_Article_Reviewstage>;
  reviewStageAt?: InputMaybe<Scalars['DateTime']['input']>;
  seo?: InputMaybe<ComponentSharedSeoInput>;
  sharedWithSubunits?: InputMaybe<Scalars['Boolean']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  socialPost?: InputMaybe<ComponentContentSocialPostInput>;
  source?: InputMaybe<ComponentContentSourceInput>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  unit?: InputMaybe<Scalars['ID']['input']>;
  unpublishAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type BooleanFilterInput = {
  and?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  between?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  contains?: InputMaybe<Scalars['Boolean']['input']>;
  containsi?: InputMaybe<Scalars['Boolean']['input']>;
  endsWith?: InputMaybe<Scalars['Boolean']['input']>;
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  eqi?: InputMaybe<Scalars['Boolean']['input']>;
  gt?: InputMaybe<Scalars['Boolean']['input']>;
  gte?: InputMaybe<Scalars['Boolean']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  lt?: InputMaybe<Scalars['Boolean']['input']>;
  lte?: InputMaybe<Scalars['Boolean']['input']>;
  ne?: InputMaybe<Scalars['Boolean']['input']>;
  nei?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<BooleanFilterInput>;
  notContains?: InputMaybe<Scalars['Boolean']['input']>;
  notContainsi?: InputMaybe<Scalars['Boolean']['input']>;
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  null?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<InputMaybe<Scalars['Boolean']['input']>>>;
  startsWith?: InputMaybe<Scalars['Boolean']['input']>;
};

export type BroadcastScriptFiltersInput = {
  airSlots?: InputMaybe<ComponentBroadcastAirSlotFiltersInput>;
  and?: InputMaybe<Array<InputMaybe<BroadcastScriptFiltersInput>>>;
  campaign?: InputMaybe<CampaignFiltersInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  estimatedSeconds?: InputMaybe<IntFilterInput>;
  not?: InputMaybe<BroadcastScriptFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<BroadcastScriptFiltersInput>>>;
  publishAt?: InputMaybe<DateTimeFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  reviewStage?: InputMaybe<StringFilterInput>;
  reviewStageAt?: InputMaybe<DateTimeFilterInput>;
  script?: InputMaybe<StringFilterInput>;
  slug?: InputMaybe<StringFilterInput>;
  stationLevel?: InputMaybe<StringFilterInput>;
  title?: InputMaybe<StringFilterInput>;
  topics?: InputMaybe<TopicFiltersInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  unpublishAt?: InputMaybe<DateTimeFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type BroadcastScriptInput = {
  airSlots?: InputMaybe<Array<InputMaybe<ComponentBroadcastAirSlotInput>>>;
  audio?: InputMaybe<Scalars['ID']['input']>;
  campaign?: InputMaybe<Scalars['ID']['input']>;
  estimatedSeconds?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  reviewStage?: InputMaybe<Enum_Broadcastscript_Reviewstage>;
  reviewStageAt?: InputMaybe<Scalars['DateTime']['input']>;
  script?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  stationLevel?: InputMaybe<Enum_Broadcastscript_Stationlevel>;
  title?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  unit?: InputMaybe<Scalars['ID']['input']>;
  unpublishAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CampaignFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<CampaignFiltersInput>>>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  documentNumber?: InputMaybe<StringFilterInput>;
  focusTopics?: InputMaybe<TopicFiltersInput>;
  issuedOn?: InputMaybe<DateFilterInput>;
  issuingUnit?: InputMaybe<UnitFiltersInput>;
  not?: InputMaybe<CampaignFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<CampaignFiltersInput>>>;
  periodEnd?: InputMaybe<DateFilterInput>;
  periodStart?: InputMaybe<DateFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  recipients?: InputMaybe<ComponentCampaignRecipientFiltersInput>;
  reportDeadlines?: InputMaybe<ComponentCampaignReportDeadlineFiltersInput>;
  reportDueDays?: InputMaybe<IntFilterInput>;
  reportingPeriod?: InputMaybe<StringFilterInput>;
  signer?: InputMaybe<StringFilterInput>;
  slug?: InputMaybe<StringFilterInput>;
  summary?: InputMaybe<StringFilterInput>;
  targets?: InputMaybe<ComponentCampaignTargetFiltersInput>;
  tasks?: InputMaybe<ComponentCampaignUnitKindTaskFiltersInput>;
  title?: InputMaybe<StringFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type CampaignInput = {
  document?: InputMaybe<Scalars['ID']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  focusTopics?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  issuingUnit?: InputMaybe<Scalars['ID']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  recipients?: InputMaybe<Array<InputMaybe<ComponentCampaignRecipientInput>>>;
  reportDeadlines?: InputMaybe<Array<InputMaybe<ComponentCampaignReportDeadlineInput>>>;
  reportDueDays?: InputMaybe<Scalars['Int']['input']>;
  reportingPeriod?: InputMaybe<Enum_Campaign_Reportingperiod>;
  signer?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  targets?: InputMaybe<Array<InputMaybe<ComponentCampaignTargetInput>>>;
  tasks?: InputMaybe<Array<InputMaybe<ComponentCampaignUnitKindTaskInput>>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CchcAuditEntryFiltersInput = {
  action?: InputMaybe<StringFilterInput>;
  actorId?: InputMaybe<StringFilterInput>;
  actorLabel?: InputMaybe<StringFilterInput>;
  actorType?: InputMaybe<StringFilterInput>;
  and?: InputMaybe<Array<InputMaybe<CchcAuditEntryFiltersInput>>>;
  changedFields?: InputMaybe<JsonFilterInput>;
  changes?: InputMaybe<JsonFilterInput>;
  comment?: InputMaybe<StringFilterInput>;
  contentType?: InputMaybe<StringFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  ip?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<CchcAuditEntryFiltersInput>;
  occurredAt?: InputMaybe<DateTimeFilterInput>;
  or?: InputMaybe<Array<InputMaybe<CchcAuditEntryFiltersInput>>>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  requestId?: InputMaybe<StringFilterInput>;
  summary?: InputMaybe<StringFilterInput>;
  targetDocumentId?: InputMaybe<StringFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  unitName?: InputMaybe<StringFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type CchcReportReminderFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<CchcReportReminderFiltersInput>>>;
  attempts?: InputMaybe<IntFilterInput>;
  campaign?: InputMaybe<CampaignFiltersInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  dueOn?: InputMaybe<DateFilterInput>;
  kind?: InputMaybe<StringFilterInput>;
  lastError?: InputMaybe<StringFilterInput>;
  lockedBy?: InputMaybe<StringFilterInput>;
  lockedUntil?: InputMaybe<DateTimeFilterInput>;
  nextAttemptAt?: InputMaybe<DateTimeFilterInput>;
  not?: InputMaybe<CchcReportReminderFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<CchcReportReminderFiltersInput>>>;
  periodKey?: InputMaybe<StringFilterInput>;
  periodLabel?: InputMaybe<StringFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  reason?: InputMaybe<StringFilterInput>;
  recipients?: InputMaybe<StringFilterInput>;
  requestedBy?: InputMaybe<StringFilterInput>;
  sentAt?: InputMaybe<DateTimeFilterInput>;
  status?: InputMaybe<StringFilterInput>;
  subject?: InputMaybe<StringFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type CchcReportReminderInput = {
  attempts?: InputMaybe<Scalars['Int']['input']>;
  campaign?: InputMaybe<Scalars['ID']['input']>;
  dedupeKey?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<Enum_Cchcreportreminder_Kind>;
  lastError?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  lockedBy?: InputMaybe<Scalars['String']['input']>;
  lockedUntil?: InputMaybe<Scalars['DateTime']['input']>;
  nextAttemptAt?: InputMaybe<Scalars['DateTime']['input']>;
  periodKey?: InputMaybe<Scalars['String']['input']>;
  periodLabel?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  reason?: InputMaybe<Enum_Cchcreportreminder_Reason>;
  recipients?: InputMaybe<Scalars['String']['input']>;
  requestedBy?: InputMaybe<Scalars['String']['input']>;
  sentAt?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Enum_Cchcreportreminder_Status>;
  subject?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['ID']['input']>;
};

export type CchcScheduledJobFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<CchcScheduledJobFiltersInput>>>;
  attempts?: InputMaybe<IntFilterInput>;
  contentType?: InputMaybe<StringFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  dueAt?: InputMaybe<DateTimeFilterInput>;
  finishedAt?: InputMaybe<DateTimeFilterInput>;
  kind?: InputMaybe<StringFilterInput>;
  lastError?: InputMaybe<StringFilterInput>;
  lockedBy?: InputMaybe<StringFilterInput>;
  lockedUntil?: InputMaybe<DateTimeFilterInput>;
  nextAttemptAt?: InputMaybe<DateTimeFilterInput>;
  not?: InputMaybe<CchcScheduledJobFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<CchcScheduledJobFiltersInput>>>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  status?: InputMaybe<StringFilterInput>;
  summary?: InputMaybe<StringFilterInput>;
  targetDocumentId?: InputMaybe<StringFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  unitName?: InputMaybe<StringFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type CchcSocialPostFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<CchcSocialPostFiltersInput>>>;
  attempts?: InputMaybe<IntFilterInput>;
  channel?: InputMaybe<SocialChannelFiltersInput>;
  channelName?: InputMaybe<StringFilterInput>;
  contentType?: InputMaybe<StringFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  externalId?: InputMaybe<StringFilterInput>;
  hashtags?: InputMaybe<StringFilterInput>;
  imageUrl?: InputMaybe<StringFilterInput>;
  lastError?: InputMaybe<StringFilterInput>;
  leaseOwner?: InputMaybe<StringFilterInput>;
  leaseUntil?: InputMaybe<DateTimeFilterInput>;
  link?: InputMaybe<StringFilterInput>;
  message?: InputMaybe<StringFilterInput>;
  nextAttemptAt?: InputMaybe<DateTimeFilterInput>;
  not?: InputMaybe<CchcSocialPostFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<CchcSocialPostFiltersInput>>>;
  postedAt?: InputMaybe<DateTimeFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  scheduledAt?: InputMaybe<DateTimeFilterInput>;
  status?: InputMaybe<StringFilterInput>;
  summary?: InputMaybe<StringFilterInput>;
  targetDocumentId?: InputMaybe<StringFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type CchcSpeechJobFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<CchcSpeechJobFiltersInput>>>;
  attempts?: InputMaybe<IntFilterInput>;
  contentType?: InputMaybe<StringFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  durationSeconds?: InputMaybe<FloatFilterInput>;
  finishedAt?: InputMaybe<DateTimeFilterInput>;
  lastError?: InputMaybe<StringFilterInput>;
  lockedBy?: InputMaybe<StringFilterInput>;
  lockedUntil?: InputMaybe<DateTimeFilterInput>;
  nextAttemptAt?: InputMaybe<DateTimeFilterInput>;
  not?: InputMaybe<CchcSpeechJobFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<CchcSpeechJobFiltersInput>>>;
  provider?: InputMaybe<StringFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  status?: InputMaybe<StringFilterInput>;
  summary?: InputMaybe<StringFilterInput>;
  targetDocumentId?: InputMaybe<StringFilterInput>;
  textHash?: InputMaybe<StringFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type CchcWebhookDeliveryFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<CchcWebhookDeliveryFiltersInput>>>;
  attempts?: InputMaybe<IntFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  deliveredAt?: InputMaybe<DateTimeFilterInput>;
  deliveryId?: InputMaybe<StringFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  event?: InputMaybe<StringFilterInput>;
  lastError?: InputMaybe<StringFilterInput>;
  lastStatusCode?: InputMaybe<IntFilterInput>;
  lockedBy?: InputMaybe<StringFilterInput>;
  lockedUntil?: InputMaybe<DateTimeFilterInput>;
  nextAttemptAt?: InputMaybe<DateTimeFilterInput>;
  not?: InputMaybe<CchcWebhookDeliveryFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<CchcWebhookDeliveryFiltersInput>>>;
  payload?: InputMaybe<JsonFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  status?: InputMaybe<StringFilterInput>;
  subscriptionName?: InputMaybe<StringFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type ColumnFiltersInput = {
  active?: InputMaybe<BooleanFilterInput>;
  and?: InputMaybe<Array<InputMaybe<ColumnFiltersInput>>>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  description?: InputMaybe<StringFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ColumnFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ColumnFiltersInput>>>;
  position?: InputMaybe<IntFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  slug?: InputMaybe<StringFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type ColumnInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type ComponentBroadcastAirSlotFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentBroadcastAirSlotFiltersInput>>>;
  not?: InputMaybe<ComponentBroadcastAirSlotFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentBroadcastAirSlotFiltersInput>>>;
  startsAt?: InputMaybe<DateTimeFilterInput>;
  station?: InputMaybe<UnitFiltersInput>;
  status?: InputMaybe<StringFilterInput>;
};

export type ComponentBroadcastAirSlotInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  station?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Enum_Componentbroadcastairslot_Status>;
};

export type ComponentBroadcastWindowFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentBroadcastWindowFiltersInput>>>;
  end?: InputMaybe<TimeFilterInput>;
  label?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ComponentBroadcastWindowFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentBroadcastWindowFiltersInput>>>;
  start?: InputMaybe<TimeFilterInput>;
  weekdays?: InputMaybe<JsonFilterInput>;
};

export type ComponentBroadcastWindowInput = {
  end?: InputMaybe<Scalars['Time']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Time']['input']>;
  weekdays?: InputMaybe<Scalars['JSON']['input']>;
};

export type ComponentCampaignRecipientFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentCampaignRecipientFiltersInput>>>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ComponentCampaignRecipientFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentCampaignRecipientFiltersInput>>>;
  purpose?: InputMaybe<StringFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
};

export type ComponentCampaignRecipientInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<Enum_Componentcampaignrecipient_Purpose>;
  unit?: InputMaybe<Scalars['ID']['input']>;
};

export type ComponentCampaignReportDeadlineFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentCampaignReportDeadlineFiltersInput>>>;
  dueOn?: InputMaybe<DateFilterInput>;
  not?: InputMaybe<ComponentCampaignReportDeadlineFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentCampaignReportDeadlineFiltersInput>>>;
  period?: InputMaybe<StringFilterInput>;
};

export type ComponentCampaignReportDeadlineInput = {
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};

export type ComponentCampaignTargetFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentCampaignTargetFiltersInput>>>;
  articles?: InputMaybe<IntFilterInput>;
  broadcastMinutes?: InputMaybe<IntFilterInput>;
  broadcasts?: InputMaybe<IntFilterInput>;
  leafletsDistributed?: InputMaybe<IntFilterInput>;
  not?: InputMaybe<ComponentCampaignTargetFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentCampaignTargetFiltersInput>>>;
  participants?: InputMaybe<IntFilterInput>;
  periodType?: InputMaybe<StringFilterInput>;
  socialPosts?: InputMaybe<IntFilterInput>;
  trainings?: InputMaybe<IntFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  unitKind?: InputMaybe<StringFilterInput>;
};

export type ComponentCampaignTargetInput = {
  articles?: InputMaybe<Scalars['Int']['input']>;
  broadcastMinutes?: InputMaybe<Scalars['Int']['input']>;
  broadcasts?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  leafletsDistributed?: InputMaybe<Scalars['Int']['input']>;
  participants?: InputMaybe<Scalars['Int']['input']>;
  periodType?: InputMaybe<Enum_Componentcampaigntarget_Periodtype>;
  socialPosts?: InputMaybe<Scalars['Int']['input']>;
  trainings?: InputMaybe<Scalars['Int']['input']>;
  unit?: InputMaybe<Scalars['ID']['input']>;
  unitKind?: InputMaybe<Enum_Componentcampaigntarget_Unitkind>;
};

export type ComponentCampaignUnitKindTaskFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentCampaignUnitKindTaskFiltersInput>>>;
  deadline?: InputMaybe<DateFilterInput>;
  not?: InputMaybe<ComponentCampaignUnitKindTaskFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentCampaignUnitKindTaskFiltersInput>>>;
  task?: InputMaybe<StringFilterInput>;
  unitKind?: InputMaybe<StringFilterInput>;
};

export type ComponentCampaignUnitKindTaskInput = {
  deadline?: InputMaybe<Scalars['Date']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  task?: InputMaybe<Scalars['String']['input']>;
  unitKind?: InputMaybe<Enum_Componentcampaignunitkindtask_Unitkind>;
};

export type ComponentContentChannelsFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentContentChannelsFiltersInput>>>;
  communeSite?: InputMaybe<BooleanFilterInput>;
  newsletter?: InputMaybe<BooleanFilterInput>;
  not?: InputMaybe<ComponentContentChannelsFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentContentChannelsFiltersInput>>>;
  portal?: InputMaybe<BooleanFilterInput>;
  social?: InputMaybe<BooleanFilterInput>;
};

export type ComponentContentChannelsInput = {
  communeSite?: InputMaybe<Scalars['Boolean']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  newsletter?: InputMaybe<Scalars['Boolean']['input']>;
  portal?: InputMaybe<Scalars['Boolean']['input']>;
  social?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ComponentContentSocialPostFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentContentSocialPostFiltersInput>>>;
  hashtags?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ComponentContentSocialPostFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentContentSocialPostFiltersInput>>>;
  text?: InputMaybe<StringFilterInput>;
};

export type ComponentContentSocialPostInput = {
  hashtags?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ComponentContentSourceFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentContentSourceFiltersInput>>>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ComponentContentSourceFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentContentSourceFiltersInput>>>;
  origin?: InputMaybe<StringFilterInput>;
  url?: InputMaybe<StringFilterInput>;
};

export type ComponentContentSourceInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  origin?: InputMaybe<Enum_Componentcontentsource_Origin>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type ComponentLeafletDistributionPointFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentLeafletDistributionPointFiltersInput>>>;
  copies?: InputMaybe<IntFilterInput>;
  distributedOn?: InputMaybe<DateFilterInput>;
  not?: InputMaybe<ComponentLeafletDistributionPointFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentLeafletDistributionPointFiltersInput>>>;
  place?: InputMaybe<StringFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
};

export type ComponentLeafletDistributionPointInput = {
  copies?: InputMaybe<Scalars['Int']['input']>;
  distributedOn?: InputMaybe<Scalars['Date']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['ID']['input']>;
};

export type ComponentReportActivityCountsFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentReportActivityCountsFiltersInput>>>;
  articles?: InputMaybe<IntFilterInput>;
  broadcastMinutes?: InputMaybe<IntFilterInput>;
  broadcasts?: InputMaybe<IntFilterInput>;
  leafletsDistributed?: InputMaybe<IntFilterInput>;
  leafletsPrinted?: InputMaybe<IntFilterInput>;
  not?: InputMaybe<ComponentReportActivityCountsFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentReportActivityCountsFiltersInput>>>;
  participants?: InputMaybe<IntFilterInput>;
  socialPosts?: InputMaybe<IntFilterInput>;
  trainings?: InputMaybe<IntFilterInput>;
};

export type ComponentReportActivityCountsInput = {
  articles?: InputMaybe<Scalars['Int']['input']>;
  broadcastMinutes?: InputMaybe<Scalars['Int']['input']>;
  broadcasts?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  leafletsDistributed?: InputMaybe<Scalars['Int']['input']>;
  leafletsPrinted?: InputMaybe<Scalars['Int']['input']>;
  participants?: InputMaybe<Scalars['Int']['input']>;
  socialPosts?: InputMaybe<Scalars['Int']['input']>;
  trainings?: InputMaybe<Scalars['Int']['input']>;
};

export type ComponentReportCountCorrectionFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentReportCountCorrectionFiltersInput>>>;
  computedValue?: InputMaybe<IntFilterInput>;
  metric?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ComponentReportCountCorrectionFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentReportCountCorrectionFiltersInput>>>;
  reason?: InputMaybe<StringFilterInput>;
  value?: InputMaybe<IntFilterInput>;
};

export type ComponentReportCountCorrectionInput = {
  computedValue?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  metric?: InputMaybe<Enum_Componentreportcountcorrection_Metric>;
  reason?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Int']['input']>;
};

export type ComponentReportEvidenceFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentReportEvidenceFiltersInput>>>;
  metric?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ComponentReportEvidenceFiltersInput>;
  note?: InputMaybe<StringFilterInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentReportEvidenceFiltersInput>>>;
  title?: InputMaybe<StringFilterInput>;
  url?: InputMaybe<StringFilterInput>;
};

export type ComponentReportEvidenceInput = {
  files?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  metric?: InputMaybe<Enum_Componentreportevidence_Metric>;
  note?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type ComponentSharedContactFiltersInput = {
  address?: InputMaybe<StringFilterInput>;
  and?: InputMaybe<Array<InputMaybe<ComponentSharedContactFiltersInput>>>;
  contactPerson?: InputMaybe<StringFilterInput>;
  email?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ComponentSharedContactFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentSharedContactFiltersInput>>>;
  phone?: InputMaybe<StringFilterInput>;
};

export type ComponentSharedContactInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type ComponentSharedSeoFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ComponentSharedSeoFiltersInput>>>;
  canonicalUrl?: InputMaybe<StringFilterInput>;
  keywords?: InputMaybe<StringFilterInput>;
  metaDescription?: InputMaybe<StringFilterInput>;
  metaTitle?: InputMaybe<StringFilterInput>;
  noIndex?: InputMaybe<BooleanFilterInput>;
  not?: InputMaybe<ComponentSharedSeoFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ComponentSharedSeoFiltersInput>>>;
};

export type ComponentSharedSeoInput = {
  canonicalUrl?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  keywords?: InputMaybe<Scalars['String']['input']>;
  metaDescription?: InputMaybe<Scalars['String']['input']>;
  metaImage?: InputMaybe<Scalars['ID']['input']>;
  metaTitle?: InputMaybe<Scalars['String']['input']>;
  noIndex?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DateFilterInput = {
  and?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  between?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  contains?: InputMaybe<Scalars['Date']['input']>;
  containsi?: InputMaybe<Scalars['Date']['input']>;
  endsWith?: InputMaybe<Scalars['Date']['input']>;
  eq?: InputMaybe<Scalars['Date']['input']>;
  eqi?: InputMaybe<Scalars['Date']['input']>;
  gt?: InputMaybe<Scalars['Date']['input']>;
  gte?: InputMaybe<Scalars['Date']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  lt?: InputMaybe<Scalars['Date']['input']>;
  lte?: InputMaybe<Scalars['Date']['input']>;
  ne?: InputMaybe<Scalars['Date']['input']>;
  nei?: InputMaybe<Scalars['Date']['input']>;
  not?: InputMaybe<DateFilterInput>;
  notContains?: InputMaybe<Scalars['Date']['input']>;
  notContainsi?: InputMaybe<Scalars['Date']['input']>;
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  null?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<InputMaybe<Scalars['Date']['input']>>>;
  startsWith?: InputMaybe<Scalars['Date']['input']>;
};

export type DateTimeFilterInput = {
  and?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  between?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  contains?: InputMaybe<Scalars['DateTime']['input']>;
  containsi?: InputMaybe<Scalars['DateTime']['input']>;
  endsWith?: InputMaybe<Scalars['DateTime']['input']>;
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  eqi?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  ne?: InputMaybe<Scalars['DateTime']['input']>;
  nei?: InputMaybe<Scalars['DateTime']['input']>;
  not?: InputMaybe<DateTimeFilterInput>;
  notContains?: InputMaybe<Scalars['DateTime']['input']>;
  notContainsi?: InputMaybe<Scalars['DateTime']['input']>;
  notIn?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  null?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<InputMaybe<Scalars['DateTime']['input']>>>;
  startsWith?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Enum_Article_Kind =
  | 'article'
  | 'news'
  | 'report';

export type Enum_Article_Reviewstage =
  | 'approved'
  | 'draft'
  | 'returned'
  | 'submitted';

export type Enum_Broadcastscript_Reviewstage =
  | 'approved'
  | 'draft'
  | 'returned'
  | 'submitted';

export type Enum_Broadcastscript_Stationlevel =
  | 'commune_loudspeaker'
  | 'district_radio';

export type Enum_Campaign_Reportingperiod =
  | 'half_year'
  | 'month'
  | 'quarter'
  | 'year';

export type Enum_Cchcauditentry_Action =
  | 'create'
  | 'delete'
  | 'discard'
  | 'publish'
  | 'role'
  | 'transition'
  | 'unpublish'
  | 'update';

export type Enum_Cchcauditentry_Actortype =
  | 'admin'
  | 'api_token'
  | 'public'
  | 'system'
  | 'user';

export type Enum_Cchcreportreminder_Kind =
  | 'manual'
  | 'scheduled';

export type Enum_Cchcreportreminder_Reason =
  | 'draft'
  | 'missing'
  | 'returned';

export type Enum_Cchcreportreminder_Status =
  | 'failed'
  | 'pending'
  | 'running'
  | 'sent'
  | 'skipped';

export type Enum_Cchcscheduledjob_Kind =
  | 'publish'
  | 'unpublish';

export type Enum_Cchcscheduledjob_Status =
  | 'cancelled'
  | 'done'
  | 'failed'
  | 'pending'
  | 'running'
  | 'waiting';

export type Enum_Cchcsocialpost_Status =
  | 'cancelled'
  | 'failed'
  | 'leased'
  | 'pending'
  | 'posted';

export type Enum_Cchcspeechjob_Status =
  | 'done'
  | 'failed'
  | 'pending'
  | 'running';

export type Enum_Cchcwebhookdelivery_Status =
  | 'delivered'
  | 'failed'
  | 'pending'
  | 'running';

export type Enum_Componentbroadcastairslot_Status =
  | 'aired'
  | 'cancelled'
  | 'planned';

export type Enum_Componentcampaignrecipient_Purpose =
  | 'action'
  | 'archive'
  | 'information'
  | 'report';

export type Enum_Componentcampaigntarget_Periodtype =
  | 'half_year'
  | 'month'
  | 'quarter'
  | 'year';

export type Enum_Componentcampaigntarget_Unitkind =
  | 'agency'
  | 'culture_communication_center'
  | 'mass_organisation'
  | 'office'
  | 'other'
  | 'party_committee'
  | 'people_committee';

export type Enum_Componentcampaignunitkindtask_Unitkind =
  | 'agency'
  | 'culture_communication_center'
  | 'mass_organisation'
  | 'office'
  | 'other'
  | 'party_committee'
  | 'people_committee';

export type Enum_Componentcontentsource_Origin =
  | 'central'
  | 'other'
  | 'own'
  | 'provincial';

export type Enum_Componentreportcountcorrection_Metric =
  | 'articles'
  | 'broadcastMinutes'
  | 'broadcasts'
  | 'leafletsDistributed'
  | 'leafletsPrinted'
  | 'participants'
  | 'socialPosts'
  | 'trainings';

export type Enum_Componentreportevidence_Metric =
  | 'articles'
  | 'broadcastMinutes'
  | 'broadcasts'
  | 'leafletsDistributed'
  | 'leafletsPrinted'
  | 'participants'
  | 'socialPosts'
  | 'trainings';

export type Enum_Leaflet_Kind =
  | 'brochure'
  | 'bulletin'
  | 'handout'
  | 'leaflet'
  | 'poster';

export type Enum_Leaflet_Reviewstage =
  | 'approved'
  | 'draft'
  | 'returned'
  | 'submitted';

export type Enum_Rundownitem_Airstatus =
  | 'aired'
  | 'cancelled'
  | 'partly_aired'
  | 'planned';

export type Enum_Socialchannel_Platform =
  | 'facebook'
  | 'other'
  | 'youtube'
  | 'zalo';

export type Enum_Station_Kind =
  | 'commune_ip'
  | 'commune_wired'
  | 'district_radio';

export type Enum_Training_Kind =
  | 'conference'
  | 'dialogue'
  | 'training_class';

export type Enum_Training_Reviewstage =
  | 'approved'
  | 'draft'
  | 'returned'
  | 'submitted';

export type Enum_Unitreport_Reportstatus =
  | 'accepted'
  | 'draft'
  | 'returned'
  | 'submitted';

export type Enum_Unit_Kind =
  | 'agency'
  | 'culture_communication_center'
  | 'mass_organisation'
  | 'office'
  | 'other'
  | 'party_committee'
  | 'people_committee';

export type Enum_Unit_Level =
  | 'commune'
  | 'district'
  | 'other'
  | 'province'
  | 'special_zone';

export type FileInfoInput = {
  alternativeText?: InputMaybe<Scalars['String']['input']>;
  caption?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type FloatFilterInput = {
  and?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  between?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  contains?: InputMaybe<Scalars['Float']['input']>;
  containsi?: InputMaybe<Scalars['Float']['input']>;
  endsWith?: InputMaybe<Scalars['Float']['input']>;
  eq?: InputMaybe<Scalars['Float']['input']>;
  eqi?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
  ne?: InputMaybe<Scalars['Float']['input']>;
  nei?: InputMaybe<Scalars['Float']['input']>;
  not?: InputMaybe<FloatFilterInput>;
  notContains?: InputMaybe<Scalars['Float']['input']>;
  notContainsi?: InputMaybe<Scalars['Float']['input']>;
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  null?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<InputMaybe<Scalars['Float']['input']>>>;
  startsWith?: InputMaybe<Scalars['Float']['input']>;
};

export type I18NLocaleFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<I18NLocaleFiltersInput>>>;
  code?: InputMaybe<StringFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<I18NLocaleFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<I18NLocaleFiltersInput>>>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type IdFilterInput = {
  and?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  between?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  contains?: InputMaybe<Scalars['ID']['input']>;
  containsi?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  eqi?: InputMaybe<Scalars['ID']['input']>;
  gt?: InputMaybe<Scalars['ID']['input']>;
  gte?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  lt?: InputMaybe<Scalars['ID']['input']>;
  lte?: InputMaybe<Scalars['ID']['input']>;
  ne?: InputMaybe<Scalars['ID']['input']>;
  nei?: InputMaybe<Scalars['ID']['input']>;
  not?: InputMaybe<IdFilterInput>;
  notContains?: InputMaybe<Scalars['ID']['input']>;
  notContainsi?: InputMaybe<Scalars['ID']['input']>;
  notIn?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  null?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

export type IntFilterInput = {
  and?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  between?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  contains?: InputMaybe<Scalars['Int']['input']>;
  containsi?: InputMaybe<Scalars['Int']['input']>;
  endsWith?: InputMaybe<Scalars['Int']['input']>;
  eq?: InputMaybe<Scalars['Int']['input']>;
  eqi?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
  ne?: InputMaybe<Scalars['Int']['input']>;
  nei?: InputMaybe<Scalars['Int']['input']>;
  not?: InputMaybe<IntFilterInput>;
  notContains?: InputMaybe<Scalars['Int']['input']>;
  notContainsi?: InputMaybe<Scalars['Int']['input']>;
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  null?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<InputMaybe<Scalars['Int']['input']>>>;
  startsWith?: InputMaybe<Scalars['Int']['input']>;
};

export type JsonFilterInput = {
  and?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  between?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  contains?: InputMaybe<Scalars['JSON']['input']>;
  containsi?: InputMaybe<Scalars['JSON']['input']>;
  endsWith?: InputMaybe<Scalars['JSON']['input']>;
  eq?: InputMaybe<Scalars['JSON']['input']>;
  eqi?: InputMaybe<Scalars['JSON']['input']>;
  gt?: InputMaybe<Scalars['JSON']['input']>;
  gte?: InputMaybe<Scalars['JSON']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  lt?: InputMaybe<Scalars['JSON']['input']>;
  lte?: InputMaybe<Scalars['JSON']['input']>;
  ne?: InputMaybe<Scalars['JSON']['input']>;
  nei?: InputMaybe<Scalars['JSON']['input']>;
  not?: InputMaybe<JsonFilterInput>;
  notContains?: InputMaybe<Scalars['JSON']['input']>;
  notContainsi?: InputMaybe<Scalars['JSON']['input']>;
  notIn?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  null?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<InputMaybe<Scalars['JSON']['input']>>>;
  startsWith?: InputMaybe<Scalars['JSON']['input']>;
};

export type LeafletFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<LeafletFiltersInput>>>;
  campaign?: InputMaybe<CampaignFiltersInput>;
  copiesDistributed?: InputMaybe<IntFilterInput>;
  copiesPrinted?: InputMaybe<IntFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  description?: InputMaybe<StringFilterInput>;
  distributionPoints?: InputMaybe<ComponentLeafletDistributionPointFiltersInput>;
  documentId?: InputMaybe<IdFilterInput>;
  kind?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<LeafletFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<LeafletFiltersInput>>>;
  publishAt?: InputMaybe<DateTimeFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  reviewStage?: InputMaybe<StringFilterInput>;
  reviewStageAt?: InputMaybe<DateTimeFilterInput>;
  slug?: InputMaybe<StringFilterInput>;
  title?: InputMaybe<StringFilterInput>;
  topics?: InputMaybe<TopicFiltersInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  unpublishAt?: InputMaybe<DateTimeFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type LeafletInput = {
  campaign?: InputMaybe<Scalars['ID']['input']>;
  copiesDistributed?: InputMaybe<Scalars['Int']['input']>;
  copiesPrinted?: InputMaybe<Scalars['Int']['input']>;
  cover?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  distributionPoints?: InputMaybe<Array<InputMaybe<ComponentLeafletDistributionPointInput>>>;
  files?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  kind?: InputMaybe<Enum_Leaflet_Kind>;
  locale?: InputMaybe<Scalars['String']['input']>;
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  reviewStage?: InputMaybe<Enum_Leaflet_Reviewstage>;
  reviewStageAt?: InputMaybe<Scalars['DateTime']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  unit?: InputMaybe<Scalars['ID']['input']>;
  unpublishAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type PaginationArg = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type PublicationFilter =
  | 'HAS_PUBLISHED_VERSION'
  | 'HAS_PUBLISHED_VERSION_DOCUMENT'
  | 'MODIFIED'
  | 'NEVER_PUBLISHED'
  | 'NEVER_PUBLISHED_DOCUMENT'
  | 'PUBLISHED_WITHOUT_DRAFT'
  | 'PUBLISHED_WITH_DRAFT'
  | 'UNMODIFIED';

export type PublicationStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type ReviewWorkflowsWorkflowFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ReviewWorkflowsWorkflowFiltersInput>>>;
  contentTypes?: InputMaybe<JsonFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ReviewWorkflowsWorkflowFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ReviewWorkflowsWorkflowFiltersInput>>>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  stageRequiredToPublish?: InputMaybe<ReviewWorkflowsWorkflowStageFiltersInput>;
  stages?: InputMaybe<ReviewWorkflowsWorkflowStageFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type ReviewWorkflowsWorkflowInput = {
  contentTypes?: InputMaybe<Scalars['JSON']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  stageRequiredToPublish?: InputMaybe<Scalars['ID']['input']>;
  stages?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
};

export type ReviewWorkflowsWorkflowStageFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<ReviewWorkflowsWorkflowStageFiltersInput>>>;
  color?: InputMaybe<StringFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<ReviewWorkflowsWorkflowStageFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<ReviewWorkflowsWorkflowStageFiltersInput>>>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  workflow?: InputMaybe<ReviewWorkflowsWorkflowFiltersInput>;
};

export type ReviewWorkflowsWorkflowStageInput = {
  color?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  workflow?: InputMaybe<Scalars['ID']['input']>;
};

export type RundownItemFiltersInput = {
  airDate?: InputMaybe<DateFilterInput>;
  airStatus?: InputMaybe<StringFilterInput>;
  airedAt?: InputMaybe<DateTimeFilterInput>;
  airedSeconds?: InputMaybe<IntFilterInput>;
  and?: InputMaybe<Array<InputMaybe<RundownItemFiltersInput>>>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  not?: InputMaybe<RundownItemFiltersInput>;
  note?: InputMaybe<StringFilterInput>;
  or?: InputMaybe<Array<InputMaybe<RundownItemFiltersInput>>>;
  plannedSeconds?: InputMaybe<IntFilterInput>;
  position?: InputMaybe<IntFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  script?: InputMaybe<BroadcastScriptFiltersInput>;
  startsAt?: InputMaybe<TimeFilterInput>;
  station?: InputMaybe<StationFiltersInput>;
  title?: InputMaybe<StringFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  windowStart?: InputMaybe<TimeFilterInput>;
};

export type RundownItemInput = {
  airDate?: InputMaybe<Scalars['Date']['input']>;
  airStatus?: InputMaybe<Enum_Rundownitem_Airstatus>;
  airedAt?: InputMaybe<Scalars['DateTime']['input']>;
  airedSeconds?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  plannedSeconds?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  script?: InputMaybe<Scalars['ID']['input']>;
  startsAt?: InputMaybe<Scalars['Time']['input']>;
  station?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['ID']['input']>;
  windowStart?: InputMaybe<Scalars['Time']['input']>;
};

export type SocialChannelFiltersInput = {
  active?: InputMaybe<BooleanFilterInput>;
  and?: InputMaybe<Array<InputMaybe<SocialChannelFiltersInput>>>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  handle?: InputMaybe<StringFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<SocialChannelFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<SocialChannelFiltersInput>>>;
  platform?: InputMaybe<StringFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type SocialChannelInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  handle?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Enum_Socialchannel_Platform>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  unit?: InputMaybe<Scalars['ID']['input']>;
};

export type StationFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<StationFiltersInput>>>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  kind?: InputMaybe<StringFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<StationFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<StationFiltersInput>>>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  slug?: InputMaybe<StringFilterInput>;
  syllablesPerMinute?: InputMaybe<IntFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  windows?: InputMaybe<ComponentBroadcastWindowFiltersInput>;
};

export type StationInput = {
  kind?: InputMaybe<Enum_Station_Kind>;
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  syllablesPerMinute?: InputMaybe<Scalars['Int']['input']>;
  unit?: InputMaybe<Scalars['ID']['input']>;
  windows?: InputMaybe<Array<InputMaybe<ComponentBroadcastWindowInput>>>;
};

export type StringFilterInput = {
  and?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  between?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  contains?: InputMaybe<Scalars['String']['input']>;
  containsi?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  eqi?: InputMaybe<Scalars['String']['input']>;
  gt?: InputMaybe<Scalars['String']['input']>;
  gte?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  lt?: InputMaybe<Scalars['String']['input']>;
  lte?: InputMaybe<Scalars['String']['input']>;
  ne?: InputMaybe<Scalars['String']['input']>;
  nei?: InputMaybe<Scalars['String']['input']>;
  not?: InputMaybe<StringFilterInput>;
  notContains?: InputMaybe<Scalars['String']['input']>;
  notContainsi?: InputMaybe<Scalars['String']['input']>;
  notIn?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  null?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type TimeFilterInput = {
  and?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  between?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  contains?: InputMaybe<Scalars['Time']['input']>;
  containsi?: InputMaybe<Scalars['Time']['input']>;
  endsWith?: InputMaybe<Scalars['Time']['input']>;
  eq?: InputMaybe<Scalars['Time']['input']>;
  eqi?: InputMaybe<Scalars['Time']['input']>;
  gt?: InputMaybe<Scalars['Time']['input']>;
  gte?: InputMaybe<Scalars['Time']['input']>;
  in?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  lt?: InputMaybe<Scalars['Time']['input']>;
  lte?: InputMaybe<Scalars['Time']['input']>;
  ne?: InputMaybe<Scalars['Time']['input']>;
  nei?: InputMaybe<Scalars['Time']['input']>;
  not?: InputMaybe<TimeFilterInput>;
  notContains?: InputMaybe<Scalars['Time']['input']>;
  notContainsi?: InputMaybe<Scalars['Time']['input']>;
  notIn?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  notNull?: InputMaybe<Scalars['Boolean']['input']>;
  null?: InputMaybe<Scalars['Boolean']['input']>;
  or?: InputMaybe<Array<InputMaybe<Scalars['Time']['input']>>>;
  startsWith?: InputMaybe<Scalars['Time']['input']>;
};

export type TopicFiltersInput = {
  activeFrom?: InputMaybe<DateFilterInput>;
  activeUntil?: InputMaybe<DateFilterInput>;
  and?: InputMaybe<Array<InputMaybe<TopicFiltersInput>>>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  description?: InputMaybe<StringFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<TopicFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<TopicFiltersInput>>>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  slug?: InputMaybe<StringFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type TopicInput = {
  activeFrom?: InputMaybe<Scalars['Date']['input']>;
  activeUntil?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type TrainingFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<TrainingFiltersInput>>>;
  audience?: InputMaybe<StringFilterInput>;
  campaign?: InputMaybe<CampaignFiltersInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  description?: InputMaybe<StringFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  endsAt?: InputMaybe<DateTimeFilterInput>;
  kind?: InputMaybe<StringFilterInput>;
  location?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<TrainingFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<TrainingFiltersInput>>>;
  participantsActual?: InputMaybe<IntFilterInput>;
  participantsPlanned?: InputMaybe<IntFilterInput>;
  publishAt?: InputMaybe<DateTimeFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  reviewStage?: InputMaybe<StringFilterInput>;
  reviewStageAt?: InputMaybe<DateTimeFilterInput>;
  slug?: InputMaybe<StringFilterInput>;
  startsAt?: InputMaybe<DateTimeFilterInput>;
  title?: InputMaybe<StringFilterInput>;
  topics?: InputMaybe<TopicFiltersInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  unpublishAt?: InputMaybe<DateTimeFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type TrainingInput = {
  audience?: InputMaybe<Scalars['String']['input']>;
  campaign?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<Enum_Training_Kind>;
  locale?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  materials?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  participantsActual?: InputMaybe<Scalars['Int']['input']>;
  participantsPlanned?: InputMaybe<Scalars['Int']['input']>;
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  reviewStage?: InputMaybe<Enum_Training_Reviewstage>;
  reviewStageAt?: InputMaybe<Scalars['DateTime']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  topics?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  unit?: InputMaybe<Scalars['ID']['input']>;
  unpublishAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type UnitFiltersInput = {
  administrativeCode?: InputMaybe<StringFilterInput>;
  and?: InputMaybe<Array<InputMaybe<UnitFiltersInput>>>;
  children?: InputMaybe<UnitFiltersInput>;
  contact?: InputMaybe<ComponentSharedContactFiltersInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  itemUrlPattern?: InputMaybe<StringFilterInput>;
  kind?: InputMaybe<StringFilterInput>;
  level?: InputMaybe<StringFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<UnitFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<UnitFiltersInput>>>;
  parent?: InputMaybe<UnitFiltersInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  shortName?: InputMaybe<StringFilterInput>;
  slug?: InputMaybe<StringFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  websiteUrl?: InputMaybe<StringFilterInput>;
};

export type UnitInput = {
  administrativeCode?: InputMaybe<Scalars['String']['input']>;
  children?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  contact?: InputMaybe<ComponentSharedContactInput>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  itemUrlPattern?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Enum_Unit_Kind>;
  level?: InputMaybe<Enum_Unit_Level>;
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parent?: InputMaybe<Scalars['ID']['input']>;
  path?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

export type UnitReportFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<UnitReportFiltersInput>>>;
  campaign?: InputMaybe<CampaignFiltersInput>;
  computedCounts?: InputMaybe<ComponentReportActivityCountsFiltersInput>;
  corrections?: InputMaybe<ComponentReportCountCorrectionFiltersInput>;
  countedAt?: InputMaybe<DateTimeFilterInput>;
  counts?: InputMaybe<ComponentReportActivityCountsFiltersInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  decidedAt?: InputMaybe<DateTimeFilterInput>;
  difficulties?: InputMaybe<JsonFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  dueOn?: InputMaybe<DateFilterInput>;
  evidence?: InputMaybe<ComponentReportEvidenceFiltersInput>;
  not?: InputMaybe<UnitReportFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<UnitReportFiltersInput>>>;
  periodEnd?: InputMaybe<DateFilterInput>;
  periodKey?: InputMaybe<StringFilterInput>;
  periodLabel?: InputMaybe<StringFilterInput>;
  periodStart?: InputMaybe<DateFilterInput>;
  proposals?: InputMaybe<JsonFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  reportStatus?: InputMaybe<StringFilterInput>;
  results?: InputMaybe<JsonFilterInput>;
  returnReason?: InputMaybe<StringFilterInput>;
  sources?: InputMaybe<JsonFilterInput>;
  submittedAt?: InputMaybe<DateTimeFilterInput>;
  title?: InputMaybe<StringFilterInput>;
  unit?: InputMaybe<UnitFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type UnitReportInput = {
  campaign?: InputMaybe<Scalars['ID']['input']>;
  computedCounts?: InputMaybe<ComponentReportActivityCountsInput>;
  corrections?: InputMaybe<Array<InputMaybe<ComponentReportCountCorrectionInput>>>;
  countedAt?: InputMaybe<Scalars['DateTime']['input']>;
  counts?: InputMaybe<ComponentReportActivityCountsInput>;
  decidedAt?: InputMaybe<Scalars['DateTime']['input']>;
  difficulties?: InputMaybe<Scalars['JSON']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  evidence?: InputMaybe<Array<InputMaybe<ComponentReportEvidenceInput>>>;
  locale?: InputMaybe<Scalars['String']['input']>;
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  periodKey?: InputMaybe<Scalars['String']['input']>;
  periodLabel?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  proposals?: InputMaybe<Scalars['JSON']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  reportStatus?: InputMaybe<Enum_Unitreport_Reportstatus>;
  results?: InputMaybe<Scalars['JSON']['input']>;
  returnReason?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Scalars['JSON']['input']>;
  submittedAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['ID']['input']>;
};

export type UploadFileFiltersInput = {
  alternativeText?: InputMaybe<StringFilterInput>;
  and?: InputMaybe<Array<InputMaybe<UploadFileFiltersInput>>>;
  caption?: InputMaybe<StringFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  ext?: InputMaybe<StringFilterInput>;
  focalPoint?: InputMaybe<JsonFilterInput>;
  formats?: InputMaybe<JsonFilterInput>;
  hash?: InputMaybe<StringFilterInput>;
  height?: InputMaybe<IntFilterInput>;
  mime?: InputMaybe<StringFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<UploadFileFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<UploadFileFiltersInput>>>;
  previewUrl?: InputMaybe<StringFilterInput>;
  provider?: InputMaybe<StringFilterInput>;
  provider_metadata?: InputMaybe<JsonFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  size?: InputMaybe<FloatFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  url?: InputMaybe<StringFilterInput>;
  width?: InputMaybe<IntFilterInput>;
};

export type UsersPermissionsLoginInput = {
  identifier: Scalars['String']['input'];
  password: Scalars['String']['input'];
  provider?: Scalars['String']['input'];
};

export type UsersPermissionsPermissionFiltersInput = {
  action?: InputMaybe<StringFilterInput>;
  and?: InputMaybe<Array<InputMaybe<UsersPermissionsPermissionFiltersInput>>>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  not?: InputMaybe<UsersPermissionsPermissionFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<UsersPermissionsPermissionFiltersInput>>>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  role?: InputMaybe<UsersPermissionsRoleFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
};

export type UsersPermissionsRegisterInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type UsersPermissionsRoleFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<UsersPermissionsRoleFiltersInput>>>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  description?: InputMaybe<StringFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  name?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<UsersPermissionsRoleFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<UsersPermissionsRoleFiltersInput>>>;
  permissions?: InputMaybe<UsersPermissionsPermissionFiltersInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  type?: InputMaybe<StringFilterInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  users?: InputMaybe<UsersPermissionsUserFiltersInput>;
};

export type UsersPermissionsRoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  users?: InputMaybe<Array<InputMaybe<Scalars['ID']['input']>>>;
};

export type UsersPermissionsUserFiltersInput = {
  and?: InputMaybe<Array<InputMaybe<UsersPermissionsUserFiltersInput>>>;
  blocked?: InputMaybe<BooleanFilterInput>;
  confirmed?: InputMaybe<BooleanFilterInput>;
  createdAt?: InputMaybe<DateTimeFilterInput>;
  documentId?: InputMaybe<IdFilterInput>;
  email?: InputMaybe<StringFilterInput>;
  not?: InputMaybe<UsersPermissionsUserFiltersInput>;
  or?: InputMaybe<Array<InputMaybe<UsersPermissionsUserFiltersInput>>>;
  provider?: InputMaybe<StringFilterInput>;
  publishedAt?: InputMaybe<DateTimeFilterInput>;
  role?: InputMaybe<UsersPermissionsRoleFiltersInput>;
  updatedAt?: InputMaybe<DateTimeFilterInput>;
  username?: InputMaybe<StringFilterInput>;
};

export type UsersPermissionsUserInput = {
  blocked?: InputMaybe<Scalars['Boolean']['input']>;
  confirmationToken?: InputMaybe<Scalars['String']['input']>;
  confirmed?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  provider?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  resetPasswordToken?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['ID']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type FrontPageQueryVariables = Exact<{
  site: string;
}>;


export type FrontPageQuery = { units: Array<{ name: string, slug: string | null } | null>, siteArticles: Array<{ documentId: string, title: string, slug: string | null, summary: string | null, publishedAt: string | null, unit: { name: string } | null, column: { name: string, slug: string | null } | null, cover: { url: string, alternativeText: string | null } | null } | null> };

export type ColumnPageQueryVariables = Exact<{
  site: string;
  column: string;
  page: number;
}>;


export type ColumnPageQuery = { columns: Array<{ name: string } | null>, siteArticles_connection: { nodes: Array<{ documentId: string, title: string, slug: string | null, summary: string | null, publishedAt: string | null, unit: { name: string } | null, column: { name: string, slug: string | null } | null, cover: { url: string, alternativeText: string | null } | null }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type SearchQueryVariables = Exact<{
  site: string;
  q: string;
}>;


export type SearchQuery = { search_connection: { approximate: boolean, nodes: Array<{ type: string, title: string, url: string, publishedAt: string, unit: { name: string } | null, highlight: { title: string, snippet: string | null } }>, pageInfo: { total: number } } };

export type ArticleCardFragment = { documentId: string, title: string, slug: string | null, summary: string | null, publishedAt: string | null, unit: { name: string } | null, column: { name: string, slug: string | null } | null, cover: { url: string, alternativeText: string | null } | null };

export const ArticleCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"column"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeText"}}]}}]}}]} as unknown as DocumentNode<ArticleCardFragment, unknown>;
export const FrontPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"slug"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"siteArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"site"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"publishedAt:desc","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"column"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeText"}}]}}]}}]} as unknown as DocumentNode<FrontPageQuery, FrontPageQueryVariables>;
export const ColumnPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColumnPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"column"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"slug"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"column"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"siteArticles_connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"site"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"column"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"slug"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"column"}}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"publishedAt:desc","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArticleCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArticleCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Article"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"column"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeText"}}]}}]}}]} as unknown as DocumentNode<ColumnPageQuery, ColumnPageQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"site"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search_connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"site"},"value":{"kind":"Variable","name":{"kind":"Name","value":"site"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;