/**
 * Goal progress across the follow-ups, for the review's decision basis: how far each reported value
 * has come from the baseline towards the target, in percent (0 = at the baseline, 100 = target
 * reached). Pure, so the chart and the table show the same numbers.
 */
import type { GoalProgress } from '../api/types';

export type FollowUpKind = GoalProgress['reports'][number]['kind'];
export const KINDS = ['six_months', 'eighteen_months'] as const satisfies readonly FollowUpKind[];

/** Percent of the way from baseline to target, rounded; null when it cannot be told. */
export function progressPercent(
  baseline: number | null | undefined,
  target: number | null | undefined,
  value: number | null | undefined,
): number | null {
  if (baseline == null || target == null || value == null) return null;
  if (target === baseline) return value === target ? 100 : null;
  return Math.round(((value - baseline) / (target - baseline)) * 100);
}

export interface ProgressRow {
  id: string;
  /** "Mål 1" for the chart's axis, the title for the table. */
  short: string;
  title: string;
  six_months: number | null;
  eighteen_months: number | null;
}

/** One row per goal with the progress at each follow-up (null: not reported). */
export function progressRows(goals: readonly GoalProgress[], shortName: (n: number) => string) {
  return goals.map((g, i): ProgressRow => {
    const at = (kind: FollowUpKind) => {
      const report = g.reports.find((r) => r.kind === kind);
      return progressPercent(g.baseline, g.target, report?.current_value);
    };
    return {
      id: g.id,
      short: shortName(i + 1),
      title: g.title,
      six_months: at('six_months'),
      eighteen_months: at('eighteen_months'),
    };
  });
}

/** Whether anything at all can be drawn (otherwise the table alone is shown). */
export function hasProgress(rows: readonly ProgressRow[]): boolean {
  return rows.some((r) => r.six_months !== null || r.eighteen_months !== null);
}
