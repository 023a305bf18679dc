import { Group } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '@/components/StatusBadge';
import type { FollowUpKind, FollowUpStatus } from '../api/types';

export const FOLLOW_UP_TONES: Record<FollowUpStatus, Tone> = {
  pending: 'blue',
  submitted: 'orange',
  needs_attention: 'orange',
  accepted: 'green',
};

/** "Uppföljning efter 6 månader". */
export function kindLabel(t: TFunction, kind: FollowUpKind): string {
  return t(`followUps.kinds.${kind}`, { defaultValue: kind });
}

/** The status in words (Ej inlämnad, Inlämnad, Behöver kompletteras, Godkänd), plus "Försenad". */
export function FollowUpStatusBadges({
  status,
  overdue,
}: {
  status: FollowUpStatus;
  overdue: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" data-testid="follow-up-status">
      <StatusBadge
        tone={FOLLOW_UP_TONES[status] ?? 'gray'}
        label={t(`followUps.status.${status}`, { defaultValue: status })}
      />
      {overdue && <StatusBadge tone="red" label={t('followUps.overdue')} />}
    </Group>
  );
}
