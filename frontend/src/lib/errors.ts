import type { TFunction } from 'i18next';
import { isApiError } from './api';

/** A translated, human message for any error: `errors.<code>` or a generic fallback. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const key = `errors.${error.code}`;
    const translated = t(key, { defaultValue: '' });
    if (translated) return translated;
    if (error.status >= 500) return t('errors.server_error');
  }
  return t('errors.generic');
}

/**
 * Per-field messages of a 422 (or a field-specific domain error), translated by `type`
 * (`errors.<type>`), falling back to the generic invalid-value message.
 */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const [field, issue] of Object.entries(error.fieldIssues)) {
    out[field] = t(`errors.${issue.type}`, { defaultValue: '' }) || t('errors.invalid_value');
  }
  return out;
}
