import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { isApiError } from '@/lib/api';
import { formatDate } from '@/lib/dates';
import { usePublicCertificate } from '../api/get-public-certificate';
import { CertificateStatusIcon } from './CertificateStatusBadge';
import classes from './certificates.module.css';

/** A form to type a certificate number; `onVerify` gets the trimmed number. */
export function VerifyForm({
  initial = '',
  onVerify,
}: {
  initial?: string;
  onVerify: (number: string) => void;
}) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      aria-label={t('verify.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        const value = number.trim();
        if (!value) {
          setError(t('verify.numberRequired'));
          return;
        }
        onVerify(value);
      }}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('verify.number')}
          description={t('verify.numberHint')}
          value={number}
          onChange={(e) => {
            setNumber(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          autoComplete="off"
          spellCheck={false}
          style={{ flex: '1 1 14rem' }}
        />
        <Button type="submit" mt={{ base: 0, xs: 46 }}>
          {t('verify.submit')}
        </Button>
      </Group>
    </form>
  );
}

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

/** What anyone may know about a certificate: organisation, number, dates, status. Nothing else. */
export function VerifyResult({ number }: { number: string }) {
  const { t, i18n } = useTranslation();
  const query = usePublicCertificate(number);
  if (isApiError(query.error, 404) || isApiError(query.error, 422)) {
    return (
      <Alert color="red" title={t('verify.unknownTitle')} role="alert" data-testid="verify-unknown">
        {t('verify.unknown', { number })}
      </Alert>
    );
  }
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const c = query.data;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="verify-result"
      data-status={c.status}
      className={classes.result}
    >
      <Stack gap="sm">
        <p className={classes.statusLine} data-status={c.status} style={{ margin: 0 }}>
          <CertificateStatusIcon status={c.status} size={24} />
          <span>
            <VisuallyHidden>{t('verify.statusLabel')} </VisuallyHidden>
            {t(`certificate.status.${c.status}`, { defaultValue: c.status })}
          </span>
        </p>
        <Text data-testid="verify-status-text">{t(`verify.statusText.${c.status}`)}</Text>
        <SimpleGrid component="dl" cols={1} spacing="xs" m={0}>
          <Field label={t('certificate.fields.organisation')}>{c.organisation_name}</Field>
          <Field label={t('certificate.fields.number')}>{c.number}</Field>
          <Field label={t('certificate.fields.issuedOn')}>
            {formatDate(c.issued_on, i18n.language)}
          </Field>
          <Field label={t('certificate.fields.validUntil')}>
            {formatDate(c.valid_until, i18n.language)}
          </Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
