/**
 * The month grid of the calendar view: weeks from Monday to Sunday covering a month, and how the
 * keyboard moves the focused day (arrows, Home/End within the week, Page Up/Down by month). Pure
 * functions on ISO calendar dates, tested without rendering.
 */
import { addDays, addMonths, weekdayIndex } from '@/lib/dates';

/** The first day of the month of `iso` ("2027-03-14" → "2027-03-01"). */
export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** The last day of the month of `iso`. */
export function monthEnd(iso: string): string {
  return addDays(addMonths(monthStart(iso), 1), -1);
}

export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** The weeks (Monday first) that cover the month of `iso`: 4 to 6 rows of 7 dates. */
export function monthGrid(iso: string): string[][] {
  const first = monthStart(iso);
  const last = monthEnd(iso);
  let day = addDays(first, -weekdayIndex(first));
  const weeks: string[][] = [];
  while (day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The first and last date the grid of `iso`'s month shows (what to fetch). */
export function gridRange(iso: string): { from: string; to: string } {
  const weeks = monthGrid(iso);
  return { from: weeks[0]?.[0] ?? monthStart(iso), to: weeks.at(-1)?.[6] ?? monthEnd(iso) };
}

export type GridKey =
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'ArrowUp'
  | 'ArrowDown'
  | 'Home'
  | 'End'
  | 'PageUp'
  | 'PageDown';

export const GRID_KEYS: readonly string[] = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
];

/** Where the focus goes from `iso` on `key` (the WAI-ARIA date grid pattern). */
export function moveFocus(iso: string, key: GridKey): string {
  switch (key) {
    case 'ArrowLeft':
      return addDays(iso, -1);
    case 'ArrowRight':
      return addDays(iso, 1);
    case 'ArrowUp':
      return addDays(iso, -7);
    case 'ArrowDown':
      return addDays(iso, 7);
    case 'Home':
      return addDays(iso, -weekdayIndex(iso));
    case 'End':
      return addDays(iso, 6 - weekdayIndex(iso));
    case 'PageUp':
      return addMonths(iso, -1);
    case 'PageDown':
      return addMonths(iso, 1);
  }
}

/** Events grouped by date, each day's in the order given. */
export function byDate<T extends { date: string }>(events: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of events) {
    const list = out.get(e.date);
    if (list) list.push(e);
    else out.set(e.date, [e]);
  }
  return out;
}
