import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { ApiError } from '@/lib/api';
import { formatSize, precheck, refusalOf, refusalReasons, typeNames } from './attachments';

describe('evidence files', () => {
  it('refuses too large files and an eleventh file before sending', () => {
    expect(precheck({ size: 5 * 1024 * 1024 }, 0)).toBeNull();
    expect(precheck({ size: 5 * 1024 * 1024 + 1 }, 0)).toBe('size');
    expect(precheck({ size: 10 }, 10)).toBe('count');
  });

  it('reads the limits of a 400 attachment_refused', () => {
    const limits = { max_bytes: 5242880, allowed_types: ['application/pdf'], max_files: 10 };
    expect(refusalOf(new ApiError(400, 'attachment_refused', limits))).toEqual(limits);
    expect(refusalOf(new ApiError(400, 'bad_request', limits))).toBeNull();
    expect(refusalOf(new ApiError(409, 'follow_up_locked', null))).toBeNull();
  });

  it('says the rules in words', () => {
    const t = i18n.getFixedT('sv');
    expect(
      refusalReasons(t, 'sv', {
        max_bytes: 5242880,
        max_files: 10,
        allowed_types: [
          'application/pdf',
          'image/png',
          'application/vnd.oasis.opendocument.text',
          'application/vnd.oasis.opendocument.spreadsheet',
        ],
      }),
    ).toEqual([
      'En fil får vara högst 5 MB.',
      'Högst 10 filer per uppföljning.',
      'Tillåtna filtyper: PDF, PNG, OpenDocument.',
    ]);
    expect(typeNames(['text/csv', 'application/x-unknown'])).toEqual([
      'CSV',
      'application/x-unknown',
    ]);
    expect(formatSize(2_516_582, 'sv')).toBe('2,4 MB');
    expect(formatSize(300, 'en')).toBe('1 kB');
  });
});
