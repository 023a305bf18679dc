import type { ClientSettings } from '@/api/get-settings';

/**
 * Which moment combinations can still be planned, from the server's rules (`GET /settings`):
 * `day_moments`, what one training day may hold, and `moment_combinations`, every way to hold the
 * moments (the moments of each day, in order). This only presents them; the server decides when a
 * day is planned or moved.
 */
export type MomentRules = Pick<ClientSettings, 'day_moments' | 'moment_combinations'>;

export interface Combination {
  /** i18n key suffix and select value: "1", "2", "3", "1+2", "2+3". */
  key: string;
  moments: readonly number[];
}

export interface DayLike {
  id?: number;
  date: string;
  moments: readonly number[];
  status: string;
}

/** "1+2" for [1, 2]. */
export function combinationKey(moments: readonly number[]): string {
  return [...moments].sort((a, b) => a - b).join('+');
}

/** What one day may hold, in the server's order. */
export function combinations(rules: MomentRules): Combination[] {
  return rules.day_moments.map((moments) => ({
    key: combinationKey(moments),
    moments: [...moments].sort((a, b) => a - b),
  }));
}

interface Placed {
  moments: readonly number[];
  date?: string;
}

/**
 * Whether one way of holding the moments (`plan`, its days in order) takes all these days, each as
 * a day of its own, the dated ones in the plan's order and never two on one date.
 */
function fits(plan: readonly (readonly number[])[], days: readonly Placed[]): boolean {
  const keys = plan.map(combinationKey);
  const at = days.map((d) => keys.indexOf(combinationKey(d.moments)));
  if (at.includes(-1) || new Set(at).size !== at.length) return false;
  const dated = days
    .flatMap((d, i) => (d.date ? [{ date: d.date, at: at[i] ?? -1 }] : []))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return dated.every((d, i) => {
    const before = dated[i - 1];
    return !before || (d.date !== before.date && d.at > before.at);
  });
}

/**
 * The combinations still possible: those that, with the days planned or held (a cancelled day
 * frees its moments), still make one of the server's ways to hold the moments; when a date is
 * given, in the order of the dates (and not on a date that is already a training day).
 */
export function possibleCombinations(
  rules: MomentRules,
  days: readonly DayLike[],
  date?: string,
): Combination[] {
  const taken: Placed[] = days.filter((d) => d.status !== 'cancelled');
  return combinations(rules).filter((c) =>
    rules.moment_combinations.some((plan) => fits(plan, [...taken, { moments: c.moments, date }])),
  );
}
