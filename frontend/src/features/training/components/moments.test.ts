import { describe, expect, it } from 'vitest';
import { SETTINGS } from '@/test/render';
import { combinationKey, type DayLike, type MomentRules, possibleCombinations } from './moments';

const keys = (days: DayLike[], date?: string, rules: MomentRules = SETTINGS) =>
  possibleCombinations(rules, days, date).map((c) => c.key);
const day = (id: number, date: string, moments: number[], status = 'planned'): DayLike => ({
  id,
  date,
  moments,
  status,
});

describe('possible moment combinations (the server’s rules)', () => {
  it('offers everything when nothing is planned', () => {
    expect(keys([])).toEqual(['1', '2', '3', '1+2', '2+3']);
  });

  it('offers only moment 3 after a full day with moments 1+2', () => {
    expect(keys([day(1, '2026-03-02', [1, 2])])).toEqual(['3']);
  });

  it('offers 2, 3 and 2+3 after moment 1, but never 1 or 1+2 again', () => {
    expect(keys([day(1, '2026-03-02', [1], 'held')])).toEqual(['2', '3', '2+3']);
  });

  it('offers nothing once all three moments are planned or held', () => {
    expect(keys([day(1, '2026-03-02', [1], 'held'), day(2, '2026-03-20', [2, 3])])).toEqual([]);
  });

  it('frees the moments of a cancelled day', () => {
    expect(keys([day(1, '2026-03-02', [1, 2], 'cancelled'), day(2, '2026-03-20', [3])])).toEqual([
      '1',
      '2',
      '1+2',
    ]);
  });

  it('keeps the moments in order for a given date', () => {
    const days = [day(1, '2026-03-10', [2])];
    // Before moment 2 only moment 1 fits; after it only moment 3.
    expect(keys(days, '2026-03-01')).toEqual(['1']);
    expect(keys(days, '2026-03-20')).toEqual(['3']);
  });

  it('offers nothing on a date that already has a training day', () => {
    expect(keys([day(1, '2026-03-10', [1])], '2026-03-10')).toEqual([]);
  });

  it('follows other rules when the server has them', () => {
    const halfDaysOnly: MomentRules = {
      day_moments: [[1], [2], [3]],
      moment_combinations: [[[1], [2], [3]]],
    };
    expect(keys([], undefined, halfDaysOnly)).toEqual(['1', '2', '3']);
    expect(keys([day(1, '2026-03-02', [1])], undefined, halfDaysOnly)).toEqual(['2', '3']);
  });

  it('names combinations', () => {
    expect(combinationKey([2, 1])).toBe('1+2');
    expect(combinationKey([3])).toBe('3');
  });
});
