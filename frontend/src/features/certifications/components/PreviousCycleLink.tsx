import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import type { Certification } from '../api/types';

/** After a renewal, the way back to the cycle this one continues; nothing for a first cycle. */
export function PreviousCycleLink({
  certification: c,
}: {
  certification: Pick<Certification, 'cycle' | 'previous_certification_id'>;
}) {
  const { t } = useTranslation();
  if (!c.previous_certification_id) return null;
  return (
    <Text size="sm">
      <AnchorLink
        to="/certifications/$certificationId"
        params={{ certificationId: c.previous_certification_id }}
        data-testid="previous-cycle-link"
      >
        {t('cycle.previous', { cycle: Math.max(1, (c.cycle ?? 2) - 1) })}
      </AnchorLink>
    </Text>
  );
}
