/** The activities a unit reports on, in the order the report form lists them. */
export const METRICS = [
  'articles',
  'broadcasts',
  'broadcastMinutes',
  'leafletsPrinted',
  'leafletsDistributed',
  'trainings',
  'participants',
  'socialPosts',
] as const;
export type Metric = (typeof METRICS)[number];
export const isMetric = (value: unknown): value is Metric =>
  METRICS.some((metric) => metric === value);
export type Counts = Record<Metric, number>;
/** Only the metrics a target names. */
export type Targets = Partial<Record<Metric, number>>;

export const METRIC_LABELS: Record<Metric, string> = {
  articles: 'Tin, bài đăng tải',
  broadcasts: 'Chương trình phát thanh đã phát',
  broadcastMinutes: 'Thời lượng phát thanh (phút)',
  leafletsPrinted: 'Tài liệu, tờ rơi in ấn (bản)',
  leafletsDistributed: 'Tài liệu, tờ rơi phát hành (bản)',
  trainings: 'Hội nghị, lớp tập huấn',
  participants: 'Lượt người tham dự',
  socialPosts: 'Bài đăng mạng xã hội',
};

/** Channels of communication; variety is how many of them a unit used in the period. */
export const CHANNEL_NAMES = ['web', 'radio', 'print', 'direct', 'social'] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];

/** The activity that shows a unit used a channel. */
export const CHANNELS: Record<Channel, Metric> = {
  web: 'articles',
  radio: 'broadcasts',
  print: 'leafletsDistributed',
  direct: 'trainings',
  social: 'socialPosts',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  web: 'Trang thông tin điện tử',
  radio: 'Phát thanh',
  print: 'Tài liệu, tờ rơi',
  direct: 'Hội nghị, tập huấn',
  social: 'Mạng xã hội',
};

export const REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** A unit's standing in a period: its report's status, or `missing` when it has none. */
export type StandingStatus = ReportStatus | 'missing';

export const STANDING_LABELS: Record<StandingStatus, string> = {
  missing: 'Chưa có báo cáo',
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  accepted: 'Đã tiếp nhận',
  returned: 'Bị trả lại',
};

export const zeroCounts = (): Counts =>
  Object.fromEntries(METRICS.map((metric) => [metric, 0])) as Counts;

export interface SummaryUnit {
  id: number;
  documentId: string;
  name: string;
  shortName: string | null;
  kind: string;
  level: string;
  depth: number;
}

export interface Correction {
  metric: Metric;
  /** what the system counted when the correction was made */
  computed: number;
  /** what the unit reports */
  reported: number;
  reason: string;
}

export interface EvidenceLink {
  title: string;
  /** the activity it proves, or null for the report as a whole */
  metric: Metric | null;
  url: string | null;
  files: Array<{ name: string; url: string }>;
  note: string | null;
}

export interface SummaryRow {
  unit: SummaryUnit;
  /** the numbers the summary uses: the report's when it was submitted or accepted, else the system's */
  counts: Counts;
  source: 'report' | 'system';
  /** counted from the system's own data for the period, now */
  systemCounts: Counts;
  targets: Targets;
  /** per targeted metric, percent of the target reached (may pass 100) */
  completion: Partial<Record<Metric, number>>;
  /** mean of the targeted metrics' completion, each capped at 100; null without targets */
  overallCompletion: number | null;
  channels: Channel[];
  channelVariety: number;
  status: StandingStatus;
  /** whether the campaign's targets ask this unit for a report */
  expected: boolean;
  dueOn: string | null;
  late: boolean;
  report: {
    documentId: string;
    submittedAt: string | null;
    decidedAt: string | null;
    returnReason: string | null;
    corrections: Correction[];
    evidence: EvidenceLink[];
  } | null;
}

export interface SummaryTotals {
  counts: Counts;
  targets: Targets;
  completion: Partial<Record<Metric, number>>;
  overallCompletion: number | null;
  /** channels used by at least one unit */
  channelVariety: number;
  units: number;
  expected: number;
  submitted: number;
  accepted: number;
  returned: number;
  missing: number;
  late: number;
}

export interface ReportSummary {
  campaign: { documentId: string; documentNumber: string; title: string };
  period: { key: string; label: string; start: string; end: string; dueOn: string | null };
  root: SummaryUnit;
  generatedAt: string;
  rows: SummaryRow[];
  totals: SummaryTotals;
}

/** The lists of items behind the counts, kept on a report as its evidence from the system. */
export const SOURCE_KINDS = [
  'articles',
  'broadcasts',
  'leaflets',
  'trainings',
  'socialPosts',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceItem {
  documentId: string;
  title: string;
  /** when it counted: published, aired, held or posted */
  at: string | null;
  /** what it adds beyond one item: copies, seconds aired, participants */
  values?: Record<string, number>;
}

export interface SourceList {
  uid: string;
  items: SourceItem[];
  truncated: boolean;
}

export type Sources = Record<SourceKind, SourceList>;
