import { describe, expect, it } from 'vitest';
import { isPublicPath, safeNext } from './navigation';

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
    expect(safeNext('/verify/JAM-1')).toBeUndefined();
  });

  it('knows the public verification pages', () => {
    expect(isPublicPath('/verify')).toBe(true);
    expect(isPublicPath('/verify/JAM-2026-0001')).toBe(true);
    expect(isPublicPath('/verifyx')).toBe(false);
    expect(isPublicPath('/certifications/1')).toBe(false);
  });
});
