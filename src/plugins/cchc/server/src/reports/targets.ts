import { METRICS, type Counts, type Metric, type Targets } from './metrics';
import {
  addDays,
  monthsIn,
  monthsOfType,
  parsePeriod,
  type Period,
  type PeriodType,
} from './period';

export interface TargetRow {
  unit?: { id: number } | null;
  unitKind?: string | null;
  periodType: PeriodType;
  [metric: string]: unknown;
}

export interface CampaignReporting {
  reportDueDays?: number | null;
  reportDeadlines?: Array<{ period: string; dueOn: string }> | null;
  targets?: TargetRow[] | null;
}

interface UnitLike {
  id: number;
  kind: string;
}

const specificity = (target: TargetRow, unit: UnitLike) => {
  if (target.unit) {
    return target.unit.id === unit.id ? 3 : 0;
  }
  if (target.unitKind) {
    return target.unitKind === unit.kind ? 2 : 0;
  }
  return 1;
};

/**
 * The targets a unit must reach in a period. The most specific targets win: those naming the
 * unit, then its kind, then those for every unit. A target set for another length of period is
 * scaled by months and rounded up (a yearly 12 is 3 a quarter).
 */
export const targetsFor = (
  targets: TargetRow[] | null | undefined,
  unit: UnitLike,
  period: Period
): Targets | null => {
  const ranked = (targets ?? [])
    .map((t) => [specificity(t, unit), t] as const)
    .filter(([s]) => s > 0);
  if (ranked.length === 0) {
    return null;
  }
  const best = Math.max(...ranked.map(([s]) => s));
  const candidates = ranked.filter(([s]) => s === best).map(([, t]) => t);
  const exact = period.type !== 'custom' && candidates.find((t) => t.periodType === period.type);
  const target =
    exact ||
    [...candidates].sort((a, b) => monthsOfType(a.periodType) - monthsOfType(b.periodType))[0];
  const scale = exact ? 1 : monthsIn(period) / monthsOfType(target.periodType);
  const result: Targets = {};
  for (const metric of METRICS) {
    const value = target[metric];
    if (typeof value === 'number' && value > 0) {
      result[metric] = Math.ceil(value * scale - 1e-9);
    }
  }
  return result;
};

/** The day a period's reports are due: a deadline set for it, else N days after it ends. */
export const dueDateOf = (campaign: CampaignReporting, period: Period): string => {
  const set = (campaign.reportDeadlines ?? []).find(
    (deadline) => parsePeriod(deadline.period)?.key === period.key
  );
  return set?.dueOn ?? addDays(period.end, campaign.reportDueDays ?? 5);
};

/** Percent of each target reached, and their mean with each capped at 100. */
export const completionOf = (counts: Counts, targets: Targets) => {
  const completion: Partial<Record<Metric, number>> = {};
  const capped: number[] = [];
  for (const metric of METRICS) {
    const target = targets[metric];
    if (target) {
      const percent = Math.round((counts[metric] / target) * 1000) / 10;
      completion[metric] = percent;
      capped.push(Math.min(100, percent));
    }
  }
  const overall =
    capped.length > 0
      ? Math.round((capped.reduce((sum, p) => sum + p, 0) / capped.length) * 10) / 10
      : null;
  return { completion, overall };
};
