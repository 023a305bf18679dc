import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SvgIcon } from '@/components/SvgIcon';
import type { CertificateStatus } from '../api/types';
import classes from './certificates.module.css';

// The same tones as StatusBadge (4.5:1 on white); the status is also told by an icon and its word,
// never by colour alone.
const COLORS: Record<CertificateStatus, string> = {
  valid: '#1d6b30',
  suspended: '#8a4500',
  withdrawn: '#a61e1e',
  expired: '#343a40',
};

/** A check (valid), a pause sign (suspended), a cross (withdrawn), an hourglass (expired). */
export function CertificateStatusIcon({
  status,
  size = 14,
}: {
  status: CertificateStatus;
  size?: number;
}) {
  switch (status) {
    case 'valid':
      return (
        <SvgIcon size={size} data-icon={status}>
          <path d="M3 8.5l3.2 3L13 4.5" />
        </SvgIcon>
      );
    case 'suspended':
      return (
        <SvgIcon size={size} data-icon={status}>
          <path d="M5.5 3.5v9M10.5 3.5v9" />
        </SvgIcon>
      );
    case 'withdrawn':
      return (
        <SvgIcon size={size} data-icon={status}>
          <path d="M4 4l8 8M12 4l-8 8" />
        </SvgIcon>
      );
    default:
      return (
        <SvgIcon size={size} data-icon={status}>
          <path d="M4 2.5h8M4 13.5h8M5 2.5c0 3 6 3.5 6 5.5s-6 2.5-6 5.5M11 2.5c0 3-6 3.5-6 5.5s6 2.5 6 5.5" />
        </SvgIcon>
      );
  }
}

/** The certificate's status: icon and word in its colour, with a border style of its own. */
export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      radius="sm"
      color={COLORS[status] ?? COLORS.expired}
      leftSection={<CertificateStatusIcon status={status} />}
      className={classes.badge}
      data-status={status}
      data-testid="certificate-status"
    >
      {t(`certificate.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
