import { describe, expect, it } from 'vitest';
import type { GoalProgress } from '../api/types';
import {
  emptyDecision,
  hasErrors,
  newEffort,
  toDecision,
  validateDecision,
} from './decision-model';
import { hasProgress, progressPercent, progressRows } from './progress';

describe('goal progress', () => {
  it('measures the way from baseline to target', () => {
    expect(progressPercent(31, 50, 31)).toBe(0);
    expect(progressPercent(31, 50, 40.5)).toBe(50);
    expect(progressPercent(31, 50, 50)).toBe(100);
    expect(progressPercent(31, 50, 55)).toBe(126);
    // A goal to go down (fewer complaints) works the same way.
    expect(progressPercent(20, 10, 15)).toBe(50);
    expect(progressPercent(31, 50, 25)).toBe(-32);
    expect(progressPercent(31, 50, null)).toBeNull();
    expect(progressPercent(null, 50, 40)).toBeNull();
    expect(progressPercent(5, 5, 5)).toBe(100);
    expect(progressPercent(5, 5, 4)).toBeNull();
  });

  it('has a row per goal with both follow-ups', () => {
    const goal = (id: string, reports: GoalProgress['reports']): GoalProgress => ({
      id,
      title: `Mål ${id}`,
      indicator: '',
      unit: '%',
      baseline: 40,
      target: 60,
      deadline: null,
      reports,
    });
    const rows = progressRows(
      [
        goal('a', [
          { kind: 'six_months', current_value: 45, assessment: 'some_extent', comment: '' },
          { kind: 'eighteen_months', current_value: 55, assessment: 'large_extent', comment: '' },
        ]),
        goal('b', []),
      ],
      (n) => `Mål ${n}`,
    );
    expect(rows).toEqual([
      { id: 'a', short: 'Mål 1', title: 'Mål a', six_months: 25, eighteen_months: 75 },
      { id: 'b', short: 'Mål 2', title: 'Mål b', six_months: null, eighteen_months: null },
    ]);
    expect(hasProgress(rows)).toBe(true);
    expect(hasProgress(rows.slice(1))).toBe(false);
  });
});

describe('the decision', () => {
  it('needs an outcome', () => {
    expect(validateDecision(emptyDecision())).toEqual({ outcome: 'required' });
    expect(hasErrors(validateDecision({ ...emptyDecision(), outcome: 'renewed' }))).toBe(false);
  });

  it('needs at least one effort, each with a moment or a topic, for a renewal with efforts', () => {
    const draft = { ...emptyDecision(), outcome: 'renewed_with_efforts' as const };
    expect(validateDecision(draft)).toEqual({ efforts: 'required' });
    const onlyDate = { ...newEffort(), date: '2030-01-15' };
    expect(validateDecision({ ...draft, efforts: [onlyDate] }).effort).toEqual({
      [onlyDate.key]: 'moment_or_topic',
    });
    const moment2 = { ...newEffort(), moment: '2' as const };
    expect(hasErrors(validateDecision({ ...draft, efforts: [moment2, newEffort()] }))).toBe(false);
  });

  it('sends efforts only with a renewal with efforts, blank rows left out', () => {
    const moment2 = { ...newEffort(), moment: '2' as const, topic: '  Bemötande ' };
    const topic = { ...newEffort(), topic: 'Inkluderande språk', date: '2030-02-01' };
    const draft = {
      outcome: 'renewed_with_efforts' as const,
      efforts: [moment2, newEffort(), topic],
      notes: ' Bra arbete ',
    };
    expect(toDecision(draft, 3)).toEqual({
      version: 3,
      outcome: 'renewed_with_efforts',
      notes: 'Bra arbete',
      efforts: [
        { moment: 2, topic: 'Bemötande', date: null },
        { moment: null, topic: 'Inkluderande språk', date: '2030-02-01' },
      ],
    });
    expect(toDecision({ ...draft, outcome: 'renewed' }, 3).efforts).toEqual([]);
  });
});
