import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCertificate } from '@/api/get-certificate';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { isApiError } from '@/lib/api';
import { formatDate } from '@/lib/dates';
import { certificatePdfUrl, verifyPath } from '../api/urls';
import { CertificateActions } from './CertificateActions';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import classes from './certificates.module.css';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** The verification URL the API gives, or the SPA's own page for the number. */
function verifyUrlOf(verifyUrl: string | null | undefined, number: string): string {
  try {
    return new URL(verifyUrl || verifyPath(number), window.location.origin).href;
  } catch {
    return new URL(verifyPath(number), window.location.origin).href;
  }
}

/**
 * The certificate of a certified organisation: number, dates, status, PDFs and verification, and
 * suspending, restoring or withdrawing it as its `allowed_actions` say (admins and auditors).
 */
export function CertificateCard({ certificationId }: { certificationId: number }) {
  const { t, i18n } = useTranslation();
  const certificate = useCertificate(certificationId);
  if (isApiError(certificate.error, 404)) return <Text>{t('certificate.none')}</Text>;
  if (certificate.isPending) return <Loading />;
  if (certificate.isError) return <ErrorAlert error={certificate.error} />;
  const c = certificate.data;
  const verify = verifyUrlOf(c.verify_url, c.number);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="certificate-title"
      data-testid="certificate-card"
    >
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id="certificate-title">
          {t('certificate.title')}
        </Title>
        <CertificateStatusBadge status={c.status} />
      </Group>
      <Stack>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
          <Field label={t('certificate.fields.number')}>
            <span data-testid="certificate-number">{c.number}</span>
          </Field>
          <Field label={t('certificate.fields.organisation')}>{c.organisation_name}</Field>
          <Field label={t('certificate.fields.issuedOn')}>
            {formatDate(c.issued_on, i18n.language)}
          </Field>
          <Field label={t('certificate.fields.validUntil')}>
            {formatDate(c.valid_until, i18n.language)}
          </Field>
          <Field label={t('certificate.fields.issuedBy')}>{c.issued_by_name ?? '–'}</Field>
          <Field label={t('certificate.fields.scope')}>{c.scope || '–'}</Field>
          {(c.cycle ?? 1) > 1 && <Field label={t('certificate.fields.cycle')}>{c.cycle}</Field>}
          {c.status === 'suspended' && (
            <Field label={t('certificate.fields.suspendedUntil')}>
              {c.suspended_until
                ? formatDate(c.suspended_until, i18n.language)
                : t('certificate.fields.untilFurtherNotice')}
            </Field>
          )}
          {(c.status === 'suspended' || c.status === 'withdrawn') && c.status_reason && (
            <Field label={t('certificate.fields.statusReason')}>
              <span className={classes.preWrap} data-testid="certificate-status-reason">
                {c.status_reason}
              </span>
            </Field>
          )}
        </SimpleGrid>
        <CertificateActions certificate={c} />
        <Group gap="sm" wrap="wrap">
          <Button component="a" href={certificatePdfUrl(c.id, 'sv')} download>
            {t('certificate.downloadSv')}
          </Button>
          <Button component="a" href={certificatePdfUrl(c.id, 'en')} download variant="outline">
            {t('certificate.downloadEn')}
          </Button>
        </Group>
        <div>
          <Text fw={600} size="sm">
            {t('certificate.verifyTitle')}
          </Text>
          <Text size="sm">{t('certificate.verifyIntro')}</Text>
          <Anchor href={verify} data-testid="verify-link" style={{ overflowWrap: 'anywhere' }}>
            {verify}
          </Anchor>
        </div>
      </Stack>
    </Paper>
  );
}
