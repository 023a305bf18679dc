import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { PageNav } from '@/components/PageNav';
import { formatDateTime } from '@/lib/dates';
import { NOTIFICATIONS_PAGE_SIZE, useNotifications } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';
import type { Notification } from '../api/types';
import { notificationText, safeLink } from './texts';

/** The user's notifications, newest first: open one (it is marked read), mark read, mark all. */
export function NotificationsList({
  unread,
  page,
  onChange,
}: {
  unread: boolean;
  page: number;
  onChange: (params: { unread: boolean; page: number }) => void;
}) {
  const { t } = useTranslation();
  const query = useNotifications(unread, page);
  const markAll = useMarkAllRead();
  const data = query.data;
  const pages = data
    ? Math.max(1, Math.ceil(data.total / (data.page_size || NOTIFICATIONS_PAGE_SIZE)))
    : 1;
  const anyUnread = data?.items.some((n) => !n.read_at) ?? false;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Switch
          label={t('notifications.onlyUnread')}
          checked={unread}
          onChange={(e) => onChange({ unread: e.currentTarget.checked, page: 1 })}
        />
        <Button
          variant="outline"
          onClick={() => markAll.mutate()}
          loading={markAll.isPending}
          disabled={!anyUnread && !unread}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <ErrorAlert error={markAll.error} />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : data && data.items.length === 0 ? (
        <Text>{unread ? t('notifications.noneUnread') : t('notifications.none')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="notifications"
        >
          {data?.items.map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </Stack>
      )}
      <PageNav pages={pages} page={page} onChange={(p) => onChange({ unread, page: p })} mt={0} />
    </Stack>
  );
}

function NotificationItem({ notification: n }: { notification: Notification }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const text = notificationText(t, n, i18n.language);
  const link = safeLink(n.link);
  const unread = !n.read_at;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      data-testid="notification"
      data-unread={unread || undefined}
      style={unread ? { borderLeft: '4px solid var(--mantine-color-blue-9)' } : undefined}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {unread && (
            <Badge variant="filled" color="blue.9" radius="sm" style={{ flexShrink: 0 }}>
              {t('notifications.unread')}
            </Badge>
          )}
          <Text fw={unread ? 700 : 400} style={{ overflowWrap: 'anywhere' }}>
            {text}
          </Text>
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="sm" c="dimmed">
            {formatDateTime(n.created_at, i18n.language)}
          </Text>
          {link && (
            <Anchor
              href={link}
              size="sm"
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                if (unread) markRead.mutate(n.id);
                void navigate({ href: link });
              }}
              aria-label={t('notifications.openNamed', { text })}
            >
              {t('notifications.open')}
            </Anchor>
          )}
          {unread && (
            <Button
              size="compact-sm"
              variant="subtle"
              loading={markRead.isPending}
              onClick={() => markRead.mutate(n.id)}
              aria-label={t('notifications.markReadNamed', { text })}
            >
              {t('notifications.markRead')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
