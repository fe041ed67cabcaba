/**
 * Shape of the demo data set. References between records use slugs, so the data
 * reads like the admin does and the seed can look records up idempotently.
 */
export type UnitLevel = 'province' | 'district' | 'commune' | 'special_zone' | 'other';
export type UnitKind =
  | 'people_committee'
  | 'office'
  | 'mass_organisation'
  | 'agency'
  | 'culture_communication_center'
  | 'party_committee'
  | 'other';

export interface DemoUnit {
  slug: string;
  name: string;
  shortName?: string;
  level: UnitLevel;
  kind: UnitKind;
  /** slug of the parent unit, listed earlier in the array */
  parent?: string;
  administrativeCode?: string;
  websiteUrl?: string;
  /** public address of one item on the unit's site, e.g. https://…/{type}/{slug} */
  itemUrlPattern?: string;
  contact?: { contactPerson?: string; phone?: string; email?: string; address?: string };
}

export interface DemoColumn {
  slug: string;
  name: string;
  description: string;
  position: number;
}

export interface DemoTopic {
  slug: string;
  name: string;
  description: string;
  /** ISO dates YYYY-MM-DD */
  activeFrom?: string;
  activeUntil?: string;
}

export interface DemoCampaign {
  slug: string;
  documentNumber: string;
  title: string;
  issuedOn: string;
  issuingUnit: string;
  signer?: string;
  periodStart: string;
  periodEnd: string;
  summary: string;
  focusTopics: string[];
  tasks: Array<{ unitKind: UnitKind; task: string; deadline?: string }>;
  recipients: Array<{
    name: string;
    unit?: string;
    purpose: 'action' | 'report' | 'information' | 'archive';
  }>;
  reportingPeriod?: 'month' | 'quarter' | 'half_year' | 'year';
  reportDueDays?: number;
  /** per unit kind, or per unit (slug); counts to reach in each period of `periodType` */
  targets?: Array<{
    unitKind?: UnitKind;
    unit?: string;
    periodType: 'month' | 'quarter' | 'half_year' | 'year';
    articles?: number;
    broadcasts?: number;
    broadcastMinutes?: number;
    leafletsDistributed?: number;
    trainings?: number;
    participants?: number;
    socialPosts?: number;
  }>;
}

/** Fields every publishable demo item has. */
interface DemoPublishable {
  slug: string;
  title: string;
  unit: string;
  topics: string[];
  campaign?: string;
  /** false leaves the item as a draft */
  publish: boolean;
}

export interface DemoArticle extends DemoPublishable {
  kind: 'news' | 'article' | 'report';
  summary: string;
  /** paragraphs of the body; each becomes a blocks paragraph */
  body: string[];
  column?: string;
  byline: string;
  source: { origin: 'own' | 'provincial' | 'central' | 'other'; name?: string; url?: string };
  sharedWithSubunits: boolean;
  channels: { portal: boolean; communeSite: boolean; social: boolean; newsletter: boolean };
  socialPost?: { text: string; hashtags: string };
}

export interface DemoLeaflet extends DemoPublishable {
  kind: 'handout' | 'leaflet' | 'brochure' | 'bulletin' | 'poster';
  description: string;
  copiesPrinted: number;
  copiesDistributed: number;
  distributionPoints: Array<{
    place: string;
    unit?: string;
    copies: number;
    distributedOn: string;
  }>;
}

export interface DemoBroadcastScript extends DemoPublishable {
  stationLevel: 'district_radio' | 'commune_loudspeaker';
  /** full text the announcer reads, several paragraphs separated by blank lines */
  script: string;
  airSlots: Array<{ startsAt: string; station: string; status: 'planned' | 'aired' | 'cancelled' }>;
}

export interface DemoTraining extends DemoPublishable {
  kind: 'conference' | 'training_class' | 'dialogue';
  description: string;
  /** ISO datetimes with +07:00 offset */
  startsAt: string;
  endsAt: string;
  location: string;
  audience: string;
  participantsPlanned: number;
  participantsActual?: number;
}

export interface DemoUnitReport {
  unit: string;
  campaign: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  counts: {
    articles: number;
    broadcasts: number;
    broadcastMinutes: number;
    leafletsPrinted: number;
    leafletsDistributed: number;
    trainings: number;
    participants: number;
    socialPosts: number;
  };
  results: string[];
  difficulties: string[];
  proposals: string[];
  status: 'draft' | 'submitted' | 'accepted' | 'returned';
  returnReason?: string;
}

export interface DemoData {
  units: DemoUnit[];
  columns: DemoColumn[];
  topics: DemoTopic[];
  campaigns: DemoCampaign[];
  articles: DemoArticle[];
  leaflets: DemoLeaflet[];
  broadcastScripts: DemoBroadcastScript[];
  trainings: DemoTraining[];
  unitReports: DemoUnitReport[];
  /** Social media pages of units that receive posts when marked articles are published. */
  socialChannels: Array<{
    name: string;
    platform: 'facebook' | 'zalo' | 'youtube' | 'other';
    handle: string;
    unit: string;
  }>;
  /** Radio stations with their daily windows. */
  stations: Array<{
    name: string;
    unit: string;
    kind: 'district_radio' | 'commune_wired' | 'commune_ip';
    syllablesPerMinute: number;
    windows: Array<{ label: string; weekdays: number[]; start: string; end: string }>;
  }>;
  /** Drafts sent to review, so that the reviewers' queue has work in it. */
  submittedForReview: Array<{
    type: 'article' | 'leaflet' | 'broadcastScript' | 'training';
    slug: string;
  }>;
}
