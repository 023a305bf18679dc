import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '@/components/PasswordField';
import { MIN_PASSWORD_LENGTH } from '@/lib/form';

export interface NewPasswordValues {
  password: string;
  confirm: string;
}

export const newPasswordValidation = (t: TFunction) => ({
  password: (v: string) =>
    v.length >= MIN_PASSWORD_LENGTH
      ? null
      : t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }),
  confirm: (v: string, values: NewPasswordValues) =>
    v === values.password ? null : t('validation.passwordMatch'),
});

/** A new password, typed twice. */
export function NewPasswordFields<T extends NewPasswordValues>({
  form,
}: {
  form: UseFormReturnType<T>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={t('auth.newPassword')}
        description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
        required
        autoComplete="new-password"
        {...form.getInputProps('password')}
      />
      <PasswordField
        label={t('auth.confirmPassword')}
        required
        autoComplete="new-password"
        {...form.getInputProps('confirm')}
      />
    </>
  );
}
