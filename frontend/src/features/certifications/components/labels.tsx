import type { TFunction } from 'i18next';
import { StatusBadge, type Tone } from '@/components/StatusBadge';
import type { CertificationStage, CertificationStatus } from '../api/types';

const STATUS_TONES: Record<CertificationStatus, Tone> = {
  open: 'blue',
  plan_submitted: 'orange',
  changes_requested: 'orange',
  certified: 'green',
  cancelled: 'gray',
};

const STAGE_TONES: Record<CertificationStage, Tone> = {
  training: 'blue',
  planning: 'blue',
  review: 'orange',
  certified: 'green',
  cancelled: 'gray',
};

export function CertificationStatusBadge({
  t,
  status,
}: {
  t: TFunction;
  status: CertificationStatus;
}) {
  return (
    <StatusBadge
      tone={STATUS_TONES[status] ?? 'gray'}
      label={t(`certifications.status.${status}`, { defaultValue: status })}
    />
  );
}

export function StageBadge({ t, stage }: { t: TFunction; stage: CertificationStage }) {
  return (
    <StatusBadge
      tone={STAGE_TONES[stage] ?? 'gray'}
      label={t(`certifications.stage.${stage}`, { defaultValue: stage })}
    />
  );
}

/** "Moment 1, 2" or "–". */
export function momentsText(t: TFunction, moments: readonly number[]): string {
  if (moments.length === 0) return t('certifications.fields.noMomentsHeld');
  return t('certifications.fields.momentsList', { list: [...moments].sort().join(', ') });
}
