import { describe, expect, it } from 'vitest';
import { safeNext } from './navigation';

describe('safeNext', () => {
  it('accepts same-origin paths', () => {
    expect(safeNext('/organisations')).toBe('/organisations');
    expect(safeNext('/organisations/3?tab=x')).toBe('/organisations/3?tab=x');
  });

  it('refuses other origins and public pages', () => {
    expect(safeNext('https://evil.example')).toBeUndefined();
    expect(safeNext('//evil.example')).toBeUndefined();
    expect(safeNext('/\\evil.example')).toBeUndefined();
    expect(safeNext('/login?next=/x')).toBeUndefined();
    expect(safeNext(42)).toBeUndefined();
  });
});
