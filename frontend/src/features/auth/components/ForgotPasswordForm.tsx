import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { EMAIL_RE } from '@/lib/form';
import { useRequestPasswordReset } from '../api/request-password-reset';

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (EMAIL_RE.test(v.trim()) ? null : t('validation.email')) },
  });

  if (request.isSuccess) {
    return (
      <Stack>
        <Alert color="green" role="status" title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sent')}
        </Alert>
        <AnchorLink to="/login">{t('auth.backToLogin')}</AnchorLink>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.onSubmit(({ email }) => request.mutate(email.trim()))} noValidate>
      <Stack>
        <ErrorAlert error={request.error} />
        <TextInput
          label={t('auth.email')}
          type="email"
          required
          autoComplete="email"
          {...form.getInputProps('email')}
        />
        <Button type="submit" loading={request.isPending}>
          {t('auth.forgot.submit')}
        </Button>
        <AnchorLink to="/login">{t('auth.backToLogin')}</AnchorLink>
      </Stack>
    </form>
  );
}
