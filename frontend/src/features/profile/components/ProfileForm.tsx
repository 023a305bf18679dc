import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { User } from '@/lib/auth';
import { applyServerErrors } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useUpdateProfile } from '../api/update-profile';

interface Values {
  full_name: string;
  locale: 'sv' | 'en';
}

export function ProfileForm({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateProfile();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: { full_name: user.full_name, locale: user.locale === 'en' ? 'en' : 'sv' },
    validate: { full_name: (v) => (v.trim() ? null : t('validation.required')) },
  });

  const submit = form.onSubmit((values) => {
    setError(null);
    update.mutate(
      { full_name: values.full_name.trim(), locale: values.locale },
      {
        onSuccess: () => {
          void i18n.changeLanguage(values.locale);
          notify(t('profile.saved'), 'green');
        },
        onError: (e) => {
          if (!applyServerErrors(form, t, e)) setError(e);
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="profile-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={480}>
          <Title order={2} size="h3" id="profile-title">
            {t('profile.details')}
          </Title>
          <Text>
            {t('profile.email')}: {user.email}
          </Text>
          <Text>
            {t('profile.role')}: {t(`roles.${user.role}`)}
          </Text>
          <ErrorAlert error={error} />
          <TextInput
            label={t('profile.fullName')}
            required
            autoComplete="name"
            {...form.getInputProps('full_name')}
          />
          <NativeSelect
            label={t('profile.language')}
            data={[
              { value: 'sv', label: t('language.name.sv') },
              { value: 'en', label: t('language.name.en') },
            ]}
            {...form.getInputProps('locale')}
          />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
