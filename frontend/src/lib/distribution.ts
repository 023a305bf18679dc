/** One bar of a distribution: a label (an option, a scale step) and how many chose it. */
export interface LabelCount {
  label: string;
  count: number;
}

export interface Bar extends LabelCount {
  /** Bar length in percent of the longest bar (0–100); the longest is always full. */
  width: number;
  /** Share of all choices in whole percent (0–100), for the table. */
  percent: number;
}

/**
 * The bars of a distribution in the given order. Lengths are relative to the most chosen label,
 * so small groups still get readable bars; shares are of the total (a multiple-choice question
 * counts every choice, so they add up to 100 % of the choices, not of the people).
 */
export function bars(rows: readonly LabelCount[]): Bar[] {
  const counts = rows.map((r) => Math.max(0, r.count));
  const max = Math.max(0, ...counts);
  const total = counts.reduce((a, b) => a + b, 0);
  return rows.map((r, i) => {
    const count = counts[i] ?? 0;
    return {
      label: r.label,
      count,
      width: max > 0 ? Math.round((count / max) * 1000) / 10 : 0,
      percent: total > 0 ? Math.round((count / total) * 100) : 0,
    };
  });
}
