import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { formatValue, parsePath, pathLabel } from './describe';
import { addGoal, emptyContent, newGoal } from './plan-model';

const t = i18n.getFixedT('sv');

describe('plan paths', () => {
  it('parses the spellings a server may use', () => {
    expect(parsePath('vision')).toEqual({ section: 'vision' });
    expect(parsePath('goals/g1/target')).toEqual({ section: 'goals', item: 'g1', field: 'target' });
    expect(parsePath('/goals/g1/target')).toEqual({
      section: 'goals',
      item: 'g1',
      field: 'target',
    });
    expect(parsePath('goals[id=g1].target')).toEqual({
      section: 'goals',
      item: 'g1',
      field: 'target',
    });
    expect(parsePath('activities/a1')).toEqual({
      section: 'activities',
      item: 'a1',
      field: undefined,
    });
    expect(parsePath('something/else')).toBeNull();
  });

  it('names goals by their title and fields in Swedish', () => {
    const content = addGoal(emptyContent(), { ...newGoal('g1'), title: 'Fler sökande' });
    expect(pathLabel(t, 'goals/g1/target', [content])).toBe('Mål ”Fler sökande” – målvärde');
    expect(pathLabel(t, 'goals/g1', [content])).toBe('Mål ”Fler sökande”');
    expect(pathLabel(t, 'vision', [content])).toBe('Vision');
    expect(pathLabel(t, 'goals/zz/title', [content])).toBe('Ett borttaget mål – rubrik');
  });

  it('formats values: numbers, dates, grounds, empty', () => {
    expect(formatValue(t, 12.5, 'sv')).toBe('12,5');
    expect(formatValue(t, '2027-06-30', 'sv')).toBe('30 juni 2027');
    expect(formatValue(t, null, 'sv')).toBe('(tomt)');
    expect(formatValue(t, ['sex', 'age'], 'sv', 'grounds')).toBe('Kön, Ålder');
    expect(formatValue(t, 'in_progress', 'sv', 'status')).toBe('Pågår');
  });
});
