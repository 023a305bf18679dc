import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PasswordField } from '@/components/PasswordField';
import { isApiError } from '@/lib/api';
import { applyServerErrors, MIN_PASSWORD_LENGTH } from '@/lib/form';
import { useChangePassword } from '../api/change-password';

interface Values {
  current_password: string;
  new_password: string;
  confirm: string;
}

/** Changing the password ends every session: `onChanged` sends the user to the login page. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: { current_password: '', new_password: '', confirm: '' },
    validate: {
      current_password: (v) => (v ? null : t('validation.required')),
      new_password: (v) =>
        v.length >= MIN_PASSWORD_LENGTH
          ? null
          : t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }),
      confirm: (v, values) => (v === values.new_password ? null : t('validation.passwordMatch')),
    },
  });

  const submit = form.onSubmit(({ current_password, new_password }) => {
    setError(null);
    change.mutate(
      { current_password, new_password },
      {
        onSuccess: onChanged,
        onError: (e) => {
          if (isApiError(e) && e.code === 'wrong_password') {
            form.setFieldError('current_password', t('errors.wrong_password'));
          } else if (!applyServerErrors(form, t, e)) {
            setError(e);
          }
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="password-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={480}>
          <Title order={2} size="h3" id="password-title">
            {t('profile.changePassword')}
          </Title>
          <Text size="sm">{t('profile.changePasswordHint')}</Text>
          <ErrorAlert error={error} />
          <PasswordField
            label={t('profile.currentPassword')}
            required
            autoComplete="current-password"
            {...form.getInputProps('current_password')}
          />
          <PasswordField
            label={t('profile.newPassword')}
            description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
            required
            autoComplete="new-password"
            {...form.getInputProps('new_password')}
          />
          <PasswordField
            label={t('profile.confirmPassword')}
            required
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('profile.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
