import { describe, expect, it } from 'vitest';
import { bars } from './distribution';

describe('bars', () => {
  it('sizes bars by the most chosen label and shares by the total', () => {
    expect(
      bars([
        { label: '1', count: 1 },
        { label: '2', count: 0 },
        { label: '3', count: 4 },
        { label: '4', count: 2 },
        { label: '5', count: 1 },
      ]),
    ).toEqual([
      { label: '1', count: 1, width: 25, percent: 13 },
      { label: '2', count: 0, width: 0, percent: 0 },
      { label: '3', count: 4, width: 100, percent: 50 },
      { label: '4', count: 2, width: 50, percent: 25 },
      { label: '5', count: 1, width: 25, percent: 13 },
    ]);
  });

  it('draws nothing for no answers, and never a negative bar', () => {
    expect(bars([{ label: 'Ja', count: 0 }])).toEqual([
      { label: 'Ja', count: 0, width: 0, percent: 0 },
    ]);
    expect(bars([{ label: 'Ja', count: -3 }])[0]?.width).toBe(0);
    expect(bars([])).toEqual([]);
  });
});
