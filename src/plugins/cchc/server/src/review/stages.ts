import { REVIEW_EVENTS, REVIEW_FIELDS, REVIEW_STAGES, type ReviewStage } from '../core/constants';
import type { CmVerb } from '../core/admin-ability';

export const REVIEW_ACTIONS = ['submit', 'withdraw', 'approve', 'return'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export interface Move {
  from: ReviewStage[];
  to: ReviewStage;
  /** The content-manager permission the move needs on the document. */
  verb: CmVerb;
  label: string;
}

/** Who moves a document where: editors submit and withdraw, whoever may publish decides. */
export const MOVES: Record<ReviewAction, Move> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', verb: 'update', label: 'gửi duyệt' },
  withdraw: { from: ['submitted'], to: 'draft', verb: 'update', label: 'rút lại' },
  approve: { from: ['submitted'], to: 'approved', verb: 'publish', label: 'duyệt' },
  return: { from: ['submitted', 'approved'], to: 'returned', verb: 'publish', label: 'trả lại' },
};

export const STAGE_LABELS: Record<ReviewStage, string> = {
  draft: 'Nháp',
  submitted: 'Chờ duyệt',
  approved: 'Đã duyệt',
  returned: 'Trả lại',
};

/** The public event of a move to each stage (webhooks, Strapi's event hub). */
export const EVENTS: Partial<Record<ReviewStage, string>> = {
  submitted: REVIEW_EVENTS.submitted,
  approved: REVIEW_EVENTS.approved,
  returned: REVIEW_EVENTS.returned,
};

/** A reviewed document's row, as the query engine reads it. */
export type Row = Record<string, unknown> & { id: number; documentId: string };
export type Owner = { id?: number; documentId?: string; name?: string } | null | undefined;

export interface Transition {
  at: string;
  from: ReviewStage | null;
  to: ReviewStage;
  comment: string | null;
  actor: { type: string; id: string | null; label: string | null };
}

export const stageOf = (row: Row | null | undefined): ReviewStage => {
  const stage = row?.[REVIEW_FIELDS.stage];
  return REVIEW_STAGES.find((known) => known === stage) ?? 'draft';
};

export const titleOf = (row: Record<string, unknown>) =>
  ['title', 'name']
    .map((field) => row[field])
    .find((value): value is string => typeof value === 'string');
