import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api';
import type { AttachmentLimits } from '../api/types';

/** The limits the API documents; a 400 attachment_refused says the same in its detail. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
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

/** "2,4 MB" / "812 kB". */
export function formatSize(bytes: number, language: string): string {
  const nf = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 1,
  });
  if (bytes >= 1024 * 1024) return `${nf.format(bytes / 1024 / 1024)} MB`;
  return `${nf.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/** The rules a refused upload broke, in words: size, number of files, types. */
export function refusalReasons(
  t: TFunction,
  language: string,
  limits: AttachmentLimits = {},
): string[] {
  const maxBytes = limits.max_bytes ?? MAX_ATTACHMENT_BYTES;
  const maxFiles = limits.max_files ?? MAX_ATTACHMENTS;
  const types = limits.allowed_types?.length ? limits.allowed_types : ACCEPTED_TYPES;
  return [
    t('followUps.attachments.rules.size', { size: formatSize(maxBytes, language) }),
    t('followUps.attachments.rules.count', { count: maxFiles }),
    t('followUps.attachments.rules.types', { types: typeNames(types).join(', ') }),
  ];
}

/** The limits of a 400 attachment_refused, or null for any other error. */
export function refusalOf(error: unknown): AttachmentLimits | null {
  if (!isApiError(error, 400) || error.code !== 'attachment_refused') return null;
  const d = error.detail;
  return d && typeof d === 'object' ? (d as AttachmentLimits) : {};
}

/**
 * What is wrong with a file before it is sent (too large, one too many), or null. The type is the
 * server's to judge: browsers guess it from the extension, or leave it empty.
 */
export function precheck(file: { size: number }, count: number): 'size' | 'count' | null {
  if (count >= MAX_ATTACHMENTS) return 'count';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size';
  return null;
}
