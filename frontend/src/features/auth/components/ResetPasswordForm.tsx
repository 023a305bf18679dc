import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import {
  NewPasswordFields,
  type NewPasswordValues,
  newPasswordValidation,
} from './NewPasswordFields';

export function ResetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  const form = useForm<NewPasswordValues>({
    initialValues: { password: '', confirm: '' },
    validate: newPasswordValidation(t),
  });

  if (!token) {
    return <ErrorAlert error={{}} title={t('errors.reset_token_invalid')} />;
  }

  return (
    <form
      onSubmit={form.onSubmit(({ password }) =>
        confirm.mutate({ token, new_password: password }, { onSuccess: onDone }),
      )}
      noValidate
    >
      <Stack>
        <ErrorAlert error={confirm.error} />
        <NewPasswordFields form={form} />
        <Button type="submit" loading={confirm.isPending}>
          {t('auth.reset.submit')}
        </Button>
        <AnchorLink to="/forgot-password">{t('auth.reset.requestNew')}</AnchorLink>
      </Stack>
    </form>
  );
}
