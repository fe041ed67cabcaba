import { REPORT_ACTIONS } from '../core/constants';
import type { ReportStatus } from './metrics';

export const FLOW_ACTIONS = ['submit', 'withdraw', 'accept', 'return'] as const;
export type FlowAction = (typeof FLOW_ACTIONS)[number];

export interface Move {
  from: ReportStatus[];
  to: ReportStatus;
  permission: string;
  label: string;
}

/** Unit heads submit and withdraw; the Culture & Information office accepts or returns. */
export const MOVES: Record<FlowAction, Move> = {
  submit: {
    from: ['draft', 'returned'],
    to: 'submitted',
    permission: REPORT_ACTIONS.submit,
    label: 'gửi',
  },
  withdraw: {
    from: ['submitted'],
    to: 'draft',
    permission: REPORT_ACTIONS.submit,
    label: 'rút lại',
  },
  accept: {
    from: ['submitted'],
    to: 'accepted',
    permission: REPORT_ACTIONS.decide,
    label: 'tiếp nhận',
  },
  return: {
    from: ['submitted', 'accepted'],
    to: 'returned',
    permission: REPORT_ACTIONS.decide,
    label: 'trả lại',
  },
};

export const STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  accepted: 'Đã tiếp nhận',
  returned: 'Bị trả lại',
};

/** The dates and reason a move writes beside the new status. */
export const stampsOf = (
  action: FlowAction,
  note: string | null,
  now: Date
): Record<string, unknown> => {
  if (action === 'submit') {
    return { submittedAt: now, decidedAt: null, returnReason: null };
  }
  if (action === 'withdraw') {
    return { submittedAt: null };
  }
  return { decidedAt: now, returnReason: action === 'return' ? note : null };
};
