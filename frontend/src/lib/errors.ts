import type { TFunction } from 'i18next';
import { type ApiError, errorDetail, isApiError, issueField, validationIssues } from './api';

/** Seconds to wait from a 429's `detail.retry_after` (the same as its `Retry-After` header). */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!isApiError(error, 429)) return undefined;
  const seconds = errorDetail(error, 'rate_limited')?.retry_after;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * The codes an error's message is looked up by, first match wins. A 422 whose one issue is about
 * no field is a service's own refusal (a live room's `options_invalid`): said by the issue's type.
 */
function messageCodes(error: ApiError): string[] {
  const issues = validationIssues(error);
  const only = issues.length === 1 ? issues[0] : undefined;
  return only && issueField(only) === undefined ? [only.type, error.code] : [error.code];
}

/**
 * A translated, human message for any error: `errors.<code>` or a generic fallback. A 429 that
 * says how long to wait gives its text `{{count}}` seconds (`_one`/`_other`).
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const seconds = retryAfterSeconds(error);
    for (const code of messageCodes(error)) {
      const key = `errors.${code}`;
      const translated =
        seconds === undefined
          ? t(key, { defaultValue: '' })
          : t(key, { defaultValue: '', count: seconds });
      if (translated) return translated;
    }
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
