import type { TFunction } from 'i18next';
import type { Tone } from '@/components/StatusBadge';
import type { QuestionKind, QuestionPurpose, QuestionState } from '../api/types';

export const kindLabel = (t: TFunction, kind: QuestionKind) => t(`questionKinds.${kind}`);
export const purposeLabel = (t: TFunction, purpose: QuestionPurpose) =>
  t(`live.purposes.${purpose}`);
export const stateLabel = (t: TFunction, state: QuestionState) => t(`live.states.${state}`);

export const STATE_TONES: Record<QuestionState, Tone> = {
  pending: 'gray',
  open: 'green',
  closed: 'blue',
};

/** A question's options in one line: a scale's two end labels, or the choices. */
export const optionsSummary = (t: TFunction, q: { kind: QuestionKind; options: string[] }) =>
  q.kind === 'scale'
    ? t('live.question.scaleEnds', { low: q.options[0], high: q.options[1] })
    : t('live.question.options', { list: q.options.join(' · ') });
