import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDate } from '@/lib/dates';
import type { StreamStatus } from '../api/room-events';
import type { LiveRoom } from '../api/types';
import { StreamIndicator } from './StreamIndicator';

/** The room's page title (organisation and day) with the live stream's state and the room's. */
export function RoomHeader({ room, stream }: { room: LiveRoom; stream: StreamStatus }) {
  const { t, i18n } = useTranslation();
  return (
    <PageHeader
      title={t('live.room.title', {
        name: room.organisation_name,
        date: formatDate(room.date, i18n.language),
      })}
      actions={
        <Group gap="sm">
          <StreamIndicator status={stream} />
          <StatusBadge
            tone={room.status === 'closed' ? 'gray' : 'green'}
            label={t(`live.room.status.${room.status}`)}
          />
        </Group>
      }
    />
  );
}
