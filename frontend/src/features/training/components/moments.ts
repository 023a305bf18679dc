/**
 * Which moment combinations can still be planned. The three moments are each held once, in order:
 * as three half days, or as one full day and one half day (1+2 then 3, or 1 then 2+3).
 */
export interface Combination {
  /** i18n key suffix and select value: "1", "2", "3", "1+2", "2+3". */
  key: string;
  moments: readonly number[];
  length: 'half' | 'full';
}

export const COMBINATIONS: readonly Combination[] = [
  { key: '1', moments: [1], length: 'half' },
  { key: '2', moments: [2], length: 'half' },
  { key: '3', moments: [3], length: 'half' },
  { key: '1+2', moments: [1, 2], length: 'full' },
  { key: '2+3', moments: [2, 3], length: 'full' },
];

export interface DayLike {
  id?: number;
  date: string;
  moments: readonly number[];
  status: string;
}

const active = (days: readonly DayLike[], excludeId?: number) =>
  days.filter((d) => d.status !== 'cancelled' && (excludeId === undefined || d.id !== excludeId));

/** Moments on days that are planned or held (a cancelled day frees its moments). */
export function takenMoments(days: readonly DayLike[]): Set<number> {
  return new Set(active(days).flatMap((d) => d.moments));
}

/** Whether a day with `moments` on `date` keeps the order of the moments with the other days. */
export function keepsOrder(
  days: readonly DayLike[],
  moments: readonly number[],
  date: string,
  excludeId?: number,
): boolean {
  const lo = Math.min(...moments);
  const hi = Math.max(...moments);
  return active(days, excludeId).every((d) => {
    if (d.date === date) return false;
    if (hi < Math.min(...d.moments)) return date < d.date;
    if (lo > Math.max(...d.moments)) return date > d.date;
    return true;
  });
}

/**
 * The combinations still possible: none of their moments planned or held already, and, when a date
 * is given, on a date that keeps the moments in order (and is not already a training day).
 */
export function possibleCombinations(days: readonly DayLike[], date?: string): Combination[] {
  const taken = takenMoments(days);
  return COMBINATIONS.filter(
    (c) => c.moments.every((m) => !taken.has(m)) && (!date || keepsOrder(days, c.moments, date)),
  );
}

/** "1+2" for [1, 2]. */
export function combinationKey(moments: readonly number[]): string {
  return [...moments].sort((a, b) => a - b).join('+');
}
