import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/dates';
import type { TrainingDayWarning } from '../api/types';
import { combinationKey } from './moments';

/** "Moment 1+2 (heldag)". */
export function combinationLabel(t: TFunction, moments: readonly number[]): string {
  return t(`training.combination.${combinationKey(moments).replace('+', '_')}`, {
    defaultValue: combinationKey(moments),
  });
}

/** "Moment 1+2". */
export function momentsLabel(t: TFunction, moments: readonly number[]): string {
  return t('training.moments', { list: combinationKey(moments) });
}

/** A warning the API attaches to a planned or moved day, in the user's language. */
export function warningText(t: TFunction, w: TrainingDayWarning, language: string): string {
  if (w.code === 'reflection_gap_short') {
    const text = t('training.warnings.reflection_gap_short', {
      days: w.days ?? '?',
      recommended: w.recommended ?? '?',
    });
    return w.other_date
      ? `${text} ${t('training.warnings.otherDate', { date: formatDate(w.other_date, language) })}`
      : text;
  }
  return t('training.warnings.unknown', { code: w.code });
}
