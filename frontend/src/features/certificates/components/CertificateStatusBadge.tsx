import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '@/components/StatusBadge';
import type { CertificateStatus } from '../api/certificates';

const TONES: Record<CertificateStatus, Tone> = {
  valid: 'green',
  suspended: 'orange',
  withdrawn: 'red',
  expired: 'gray',
};

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      tone={TONES[status] ?? 'gray'}
      label={t(`certificate.status.${status}`, { defaultValue: status })}
    />
  );
}
