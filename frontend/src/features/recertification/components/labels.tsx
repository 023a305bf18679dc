import type { TFunction } from 'i18next';
import { StatusBadge, type Tone } from '@/components/StatusBadge';
import type { ReviewOutcome } from '../api/types';

const OUTCOME_TONES: Record<ReviewOutcome, Tone> = {
  renewed: 'green',
  renewed_with_efforts: 'green',
  not_renewed: 'red',
};

export function outcomeLabel(t: TFunction, outcome: ReviewOutcome): string {
  return t(`recert.outcome.${outcome}`, { defaultValue: outcome });
}

export function OutcomeBadge({ t, outcome }: { t: TFunction; outcome: ReviewOutcome | null }) {
  if (!outcome) return <StatusBadge tone="blue" label={t('recert.undecided')} />;
  return <StatusBadge tone={OUTCOME_TONES[outcome] ?? 'gray'} label={outcomeLabel(t, outcome)} />;
}
