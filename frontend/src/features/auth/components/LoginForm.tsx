import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PasswordField } from '@/components/PasswordField';
import { type User, useLogin } from '@/lib/auth';

export function LoginForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit(({ email, password }) =>
    login.mutate({ email: email.trim(), password }, { onSuccess: (data) => onSuccess(data.user) }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={login.error} title={t('auth.login.failed')} />
        <TextInput
          label={t('auth.email')}
          type="email"
          required
          autoComplete="username"
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('auth.password')}
          required
          autoComplete="current-password"
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('auth.login.submit')}
        </Button>
        <AnchorLink to="/forgot-password">{t('auth.login.forgot')}</AnchorLink>
      </Stack>
    </form>
  );
}
