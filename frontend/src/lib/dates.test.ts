import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  formatDateList,
  formatMonth,
  isIsoDate,
  todayIso,
  weekdayIndex,
} from './dates';

describe('dates', () => {
  it('formats calendar dates without a time zone shift', () => {
    expect(formatDate('2026-03-01', 'sv')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDate(null, 'sv')).toBe('–');
  });

  it('does calendar arithmetic', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-10', -20)).toBe('2025-12-21');
    expect(daysBetween('2026-03-01', '2026-03-11')).toBe(10);
    expect(daysBetween('2026-03-11', '2026-03-01')).toBe(-10);
  });

  it("knows today's date in Stockholm", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Stockholm.
    expect(todayIso(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('checks ISO dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('29/02/2028')).toBe(false);
  });

  it('adds calendar months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2027-02-28', 12)).toBe('2028-02-28');
    expect(addMonths('2026-11-23', 36)).toBe('2029-11-23');
    expect(addMonths('2029-11-23', -6)).toBe('2029-05-23');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('names months and weekdays', () => {
    expect(formatMonth('2027-03-14', 'sv')).toBe('mars 2027');
    expect(formatMonth('2027-03-14', 'en')).toBe('March 2027');
    expect(weekdayIndex('2026-11-23')).toBe(0); // a Monday
    expect(weekdayIndex('2026-11-29')).toBe(6); // a Sunday
  });

  it('lists dates with the year once per year', () => {
    expect(formatDateList(['2026-03-02', '2026-03-24'], 'sv')).toBe('2 mars, 24 mars 2026');
    expect(formatDateList(['2025-12-10', '2026-03-02'], 'sv')).toBe(
      '10 december 2025, 2 mars 2026',
    );
    expect(formatDateList(['2026-03-02'], 'en')).toBe('2 March 2026');
    expect(formatDateList([], 'sv')).toBe('');
  });
});
