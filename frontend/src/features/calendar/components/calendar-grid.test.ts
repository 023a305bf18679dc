import { describe, expect, it } from 'vitest';
import {
  byDate,
  gridRange,
  monthEnd,
  monthGrid,
  monthStart,
  moveFocus,
  sameMonth,
} from './calendar-grid';

describe('the month grid', () => {
  it('covers the month in weeks from Monday to Sunday', () => {
    // March 2027 starts on a Monday and ends on a Wednesday.
    const weeks = monthGrid('2027-03-14');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      '2027-03-01',
      '2027-03-02',
      '2027-03-03',
      '2027-03-04',
      '2027-03-05',
      '2027-03-06',
      '2027-03-07',
    ]);
    expect(weeks.at(-1)?.at(-1)).toBe('2027-04-04');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('starts with the days of the previous month when the 1st is not a Monday', () => {
    // November 2026: Sunday the 1st, so the grid starts on Monday 26 October; six weeks.
    const weeks = monthGrid('2026-11-23');
    expect(weeks[0]?.[0]).toBe('2026-10-26');
    expect(weeks[0]?.[6]).toBe('2026-11-01');
    expect(weeks).toHaveLength(6);
    expect(gridRange('2026-11-23')).toEqual({ from: '2026-10-26', to: '2026-12-06' });
  });

  it('handles February of a leap year and a four-week month', () => {
    expect(monthEnd('2028-02-10')).toBe('2028-02-29');
    // February 2027 starts on a Monday and has 28 days: exactly four weeks.
    expect(monthGrid('2027-02-01')).toHaveLength(4);
    expect(monthStart('2027-02-17')).toBe('2027-02-01');
    expect(sameMonth('2027-02-01', '2027-02-28')).toBe(true);
    expect(sameMonth('2027-02-28', '2027-03-01')).toBe(false);
  });
});

describe('keyboard movement', () => {
  it('moves by day, week, to the week ends and by month', () => {
    expect(moveFocus('2027-03-31', 'ArrowRight')).toBe('2027-04-01');
    expect(moveFocus('2027-03-01', 'ArrowLeft')).toBe('2027-02-28');
    expect(moveFocus('2027-03-03', 'ArrowUp')).toBe('2027-02-24');
    expect(moveFocus('2027-03-29', 'ArrowDown')).toBe('2027-04-05');
    // Wednesday 3 March 2027: the week runs from Monday the 1st to Sunday the 7th.
    expect(moveFocus('2027-03-03', 'Home')).toBe('2027-03-01');
    expect(moveFocus('2027-03-03', 'End')).toBe('2027-03-07');
    expect(moveFocus('2027-03-31', 'PageDown')).toBe('2027-04-30');
    expect(moveFocus('2027-03-31', 'PageUp')).toBe('2027-02-28');
  });
});

describe('events by date', () => {
  it('groups and keeps the order', () => {
    const map = byDate([
      { date: '2027-03-02', id: 1 },
      { date: '2027-03-05', id: 2 },
      { date: '2027-03-02', id: 3 },
    ]);
    expect(map.get('2027-03-02')?.map((e) => e.id)).toEqual([1, 3]);
    expect(map.get('2027-03-04')).toBeUndefined();
  });
});
