import {
  Alert,
  Button,
  CopyButton,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { formatDateTime } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';
import { useCalendarFeed } from '../api/get-calendar-feed';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed';

/** The absolute URL calendar apps need (the API may answer with a path). */
function absolute(url: string): string {
  try {
    return new URL(url, window.location.origin).href;
  } catch {
    return url;
  }
}

/**
 * "Kalenderprenumeration": a secret URL that calendar apps subscribe to; create it, make a new one
 * (the old one stops working) or turn it off.
 */
export function CalendarFeed() {
  const { t, i18n } = useTranslation();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [confirm, setConfirm] = useState<'rotate' | 'revoke' | null>(null);
  const close = () => {
    create.reset();
    revoke.reset();
    setConfirm(null);
  };
  const url = feed.data ? absolute(feed.data.url) : '';

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="sm" maw={640}>
        <Title order={2} size="h3" id="calendar-feed-title">
          {t('calendar.feed.title')}
        </Title>
        <Text>{t('calendar.feed.intro')}</Text>
        {/* A confirmation's error stays in its dialog. */}
        <ErrorAlert error={feed.error ?? (confirm ? null : (create.error ?? revoke.error))} />
        {feed.isPending ? (
          <Loading />
        ) : feed.data ? (
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="wrap">
              <TextInput
                label={t('calendar.feed.url')}
                description={t('calendar.feed.secret')}
                value={url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                style={{ flex: '1 1 16rem', minWidth: 0 }}
                data-testid="calendar-feed-url"
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant="outline" onClick={copy} aria-live="polite">
                    {copied ? t('calendar.feed.copied') : t('calendar.feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm">
              {t('calendar.feed.createdAt', {
                at: formatDateTime(feed.data.created_at, i18n.language),
              })}
            </Text>
            <Group gap="sm" wrap="wrap">
              <Button variant="outline" onClick={() => setConfirm('rotate')}>
                {t('calendar.feed.rotate')}
              </Button>
              <Button variant="outline" color="red.9" onClick={() => setConfirm('revoke')}>
                {t('calendar.feed.revoke')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button
              loading={create.isPending}
              onClick={() =>
                create.mutate(undefined, { onSuccess: () => notify(t('calendar.feed.created')) })
              }
            >
              {t('calendar.feed.create')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirm !== null}
        title={
          confirm === 'revoke' ? t('calendar.feed.revokeTitle') : t('calendar.feed.rotateTitle')
        }
        confirmLabel={confirm === 'revoke' ? t('calendar.feed.revoke') : t('calendar.feed.rotate')}
        danger={confirm === 'revoke'}
        busy={create.isPending || revoke.isPending}
        error={confirm === 'revoke' ? revoke.error : create.error}
        onClose={close}
        onConfirm={() => {
          if (confirm === 'revoke') {
            revoke.mutate(undefined, {
              onSuccess: () => {
                notify(t('calendar.feed.revoked'));
                close();
              },
            });
          } else {
            create.mutate(undefined, {
              onSuccess: () => {
                notify(t('calendar.feed.rotated'));
                close();
              },
            });
          }
        }}
      >
        <Alert color="yellow">
          {confirm === 'revoke' ? t('calendar.feed.revokeBody') : t('calendar.feed.rotateBody')}
        </Alert>
      </ConfirmDialog>
    </Paper>
  );
}
