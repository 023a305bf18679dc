import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from './numbers';

describe('numbers', () => {
  it('formats in the UI language', () => {
    expect(formatNumber(12.5, 'sv')).toBe('12,5');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
    expect(formatNumber(null, 'sv')).toBe('–');
  });

  it('adds the unit when there is a value', () => {
    expect(formatValue(31, '%', 'sv')).toBe('31 %');
    expect(formatValue(null, '%', 'sv')).toBe('–');
    expect(formatValue(4, ' ', 'sv')).toBe('4');
  });
});
