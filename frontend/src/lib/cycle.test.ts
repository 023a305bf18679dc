import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { cycleName } from './cycle';

describe('cycleName', () => {
  it('names the cycle only after the first', () => {
    const sv = i18n.getFixedT('sv');
    const en = i18n.getFixedT('en');
    expect(cycleName(sv, 'Alingsås kommun', 1)).toBe('Alingsås kommun');
    expect(cycleName(sv, 'Alingsås kommun', undefined)).toBe('Alingsås kommun');
    expect(cycleName(sv, 'Alingsås kommun', 2)).toBe('Alingsås kommun, omgång 2');
    expect(cycleName(en, 'Alingsås kommun', 3)).toBe('Alingsås kommun, cycle 3');
  });
});
