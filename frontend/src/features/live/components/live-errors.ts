import type { TFunction } from 'i18next';
import { errorDetail, isApiError } from '@/lib/api';
import { errorMessage } from '@/lib/errors';

/** `detail.min_answers` of a `409 too_few_answers`, when the server gave it. */
export function minAnswersOf(error: unknown): number | null {
  if (!isApiError(error, 409)) return null;
  const detail = errorDetail(error, 'too_few_answers');
  const k = detail && typeof detail === 'object' ? detail.min_answers : undefined;
  return typeof k === 'number' && Number.isInteger(k) ? k : null;
}

/** Errors of the live pages, with the conflicts said in the room's terms. */
export function liveErrorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error, 409) && error.code === 'version_conflict') {
    return t('live.errors.versionConflict');
  }
  const k = minAnswersOf(error);
  if (k !== null) return t('live.errors.tooFewAnswers', { min: k });
  return errorMessage(t, error);
}
