import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { User } from '@/lib/auth';
import { notify } from '@/lib/notify';
import { useUpdateProfile } from '../api/update-profile';

/** Notifications always show in the app; this decides whether they come by mail as well. */
export function NotificationSettings({ user }: { user: User }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const checked = user.notify_by_mail ?? true;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notify-title">
      <Stack gap="sm" maw={560}>
        <Title order={2} size="h3" id="notify-title">
          {t('profile.notifications.title')}
        </Title>
        <Text>{t('profile.notifications.intro')}</Text>
        <ErrorAlert error={update.error} />
        <Switch
          label={t('profile.notifications.byMail')}
          checked={checked}
          disabled={update.isPending}
          onChange={(e) => {
            const notify_by_mail = e.currentTarget.checked;
            update.mutate(
              { notify_by_mail },
              {
                onSuccess: () =>
                  notify(
                    t(
                      notify_by_mail
                        ? 'profile.notifications.mailOn'
                        : 'profile.notifications.mailOff',
                    ),
                  ),
              },
            );
          }}
        />
      </Stack>
    </Paper>
  );
}
