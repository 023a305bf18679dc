import { Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { applyServerErrors } from '@/lib/form';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';
import {
  NewPasswordFields,
  type NewPasswordValues,
  newPasswordValidation,
} from './NewPasswordFields';

interface Values extends NewPasswordValues {
  full_name: string;
}

export function AcceptInvitationForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const form = useForm<Values>({
    initialValues: { full_name: '', password: '', confirm: '' },
    validate: {
      full_name: (v) => (v.trim() ? null : t('validation.required')),
      ...newPasswordValidation(t),
    },
  });

  const invitedName = invitation.data?.full_name;
  // biome-ignore lint/correctness/useExhaustiveDependencies: prefill once when the invitation loads
  useEffect(() => {
    if (invitedName && !form.values.full_name) form.setFieldValue('full_name', invitedName);
  }, [invitedName]);

  if (!token) return <ErrorAlert error={{}} title={t('errors.invitation_invalid')} />;
  if (invitation.isPending) return <Loading />;
  if (invitation.isError) {
    return <ErrorAlert error={invitation.error} title={t('auth.invitation.invalidTitle')} />;
  }

  const inv = invitation.data;
  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <dl style={{ margin: 0 }}>
          <Text component="dt" fw={600} size="sm">
            {t('auth.email')}
          </Text>
          <Text component="dd" m={0} mb="xs" data-testid="invitation-email">
            {inv.email}
          </Text>
          {inv.organisation_name && (
            <>
              <Text component="dt" fw={600} size="sm">
                {t('auth.invitation.organisation')}
              </Text>
              <Text component="dd" m={0} data-testid="invitation-organisation">
                {inv.organisation_name}
              </Text>
            </>
          )}
        </dl>
      </Paper>
      <form
        onSubmit={form.onSubmit(({ full_name, password }) =>
          accept.mutate(
            { token, full_name: full_name.trim(), password },
            {
              onSuccess: onDone,
              onError: (e) => {
                applyServerErrors(form, t, e);
              },
            },
          ),
        )}
        noValidate
      >
        <Stack>
          <ErrorAlert error={accept.error} />
          <TextInput
            label={t('auth.invitation.fullName')}
            required
            autoComplete="name"
            {...form.getInputProps('full_name')}
          />
          <NewPasswordFields form={form} />
          <Button type="submit" loading={accept.isPending}>
            {t('auth.invitation.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
