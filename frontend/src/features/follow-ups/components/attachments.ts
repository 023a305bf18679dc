import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api';
import { formatSize } from '@/lib/numbers';
import type { AttachmentLimits } from '../api/types';

/**
 * The limits the API documents besides the size of a file (the server's settings give that,
 * `max_attachment_bytes`); a 400 attachment_refused says them all in its detail.
 */
export const MAX_ATTACHMENTS = 10;
export const ACCEPTED_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
];

/** Human names of the accepted types, deduplicated, in a stable order. */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'text/plain': 'text',
  'text/csv': 'CSV',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.oasis.opendocument.text': 'OpenDocument',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument',
};

export function typeNames(types: readonly string[]): string[] {
  return [...new Set(types.map((x) => TYPE_NAMES[x] ?? x))];
}

/**
 * The rules a refused upload broke, in words: size, number of files, types. The refusal's own
 * limits come first; the size otherwise is the server's setting (`maxBytes`), when it is known.
 */
export function refusalReasons(
  t: TFunction,
  language: string,
  limits: AttachmentLimits = {},
  maxBytes?: number,
): string[] {
  const size = limits.max_bytes ?? maxBytes;
  const maxFiles = limits.max_files ?? MAX_ATTACHMENTS;
  const types = limits.allowed_types?.length ? limits.allowed_types : ACCEPTED_TYPES;
  return [
    ...(size === undefined
      ? []
      : [t('followUps.attachments.rules.size', { size: formatSize(size, language) })]),
    t('followUps.attachments.rules.count', { count: maxFiles }),
    t('followUps.attachments.rules.types', { types: typeNames(types).join(', ') }),
  ];
}

/** The limits of a 400 attachment_refused, or null for any other error. */
export function refusalOf(error: unknown): AttachmentLimits | null {
  if (!isApiError(error, 400) || error.code !== 'attachment_refused') return null;
  // The contract says the detail is a message; the server sends the limits with it: each is read
  // when it is there and of its type.
  const d: unknown = error.detail;
  if (!d || typeof d !== 'object') return {};
  const limits: AttachmentLimits = {};
  if ('max_bytes' in d && typeof d.max_bytes === 'number') limits.max_bytes = d.max_bytes;
  if ('max_files' in d && typeof d.max_files === 'number') limits.max_files = d.max_files;
  if ('allowed_types' in d && Array.isArray(d.allowed_types)) {
    limits.allowed_types = d.allowed_types.filter((x): x is string => typeof x === 'string');
  }
  return limits;
}

/**
 * What is wrong with a file before it is sent (too large for the server's `maxBytes`, one too
 * many), or null. The type is the server's to judge: browsers guess it from the extension, or leave
 * it empty; so is the size while the settings are not read yet.
 */
export function precheck(
  file: { size: number },
  count: number,
  maxBytes: number | undefined,
): 'size' | 'count' | null {
  if (count >= MAX_ATTACHMENTS) return 'count';
  if (maxBytes !== undefined && file.size > maxBytes) return 'size';
  return null;
}
