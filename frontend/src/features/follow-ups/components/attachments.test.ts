import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { ApiError } from '@/lib/api';
import { precheck, refusalOf, refusalReasons, typeNames } from './attachments';

describe('evidence files', () => {
  it('refuses files over the server’s size and an eleventh file before sending', () => {
    const max = 5 * 1024 * 1024;
    expect(precheck({ size: max }, 0, max)).toBeNull();
    expect(precheck({ size: max + 1 }, 0, max)).toBe('size');
    expect(precheck({ size: 2 * max }, 0, 2 * max)).toBeNull();
    expect(precheck({ size: 10 }, 10, max)).toBe('count');
    // Until the settings are read the server judges the size.
    expect(precheck({ size: 3 * max }, 0, undefined)).toBeNull();
  });

  it('reads the limits of a 400 attachment_refused', () => {
    const limits = { max_bytes: 5242880, allowed_types: ['application/pdf'], max_files: 10 };
    expect(refusalOf(new ApiError(400, 'attachment_refused', limits))).toEqual(limits);
    expect(refusalOf(new ApiError(400, 'bad_request', limits))).toBeNull();
    const odd = { message: 'm', max_bytes: '5 MB', allowed_types: ['image/png', 3] };
    expect(refusalOf(new ApiError(400, 'attachment_refused', odd))).toEqual({
      allowed_types: ['image/png'],
    });
    expect(refusalOf(new ApiError(400, 'attachment_refused', 'too large'))).toEqual({});
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
    // A refusal found before sending has no limits of its own: the size is the setting's.
    expect(refusalReasons(t, 'sv', {}, 2 * 1024 * 1024)[0]).toBe('En fil får vara högst 2 MB.');
    expect(typeNames(['text/csv', 'application/x-unknown'])).toEqual([
      'CSV',
      'application/x-unknown',
    ]);
  });
});
