import { describe, expect, it } from 'vitest';
import { formatNumber, formatSize, formatValue } from './numbers';

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

  it('formats file sizes in MB from 1 MB, else in whole kB (at least 1)', () => {
    expect(formatSize(2_516_582, 'sv')).toBe('2,4 MB');
    expect(formatSize(300, 'en')).toBe('1 kB');
  });
});
