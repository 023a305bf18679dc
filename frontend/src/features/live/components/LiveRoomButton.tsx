import { Button } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { errorMessage } from '@/lib/errors';
import { notify } from '@/lib/notify';
import { useDayLiveRoom } from '../api/get-day-live-room';
import { useOpenLiveRoom } from '../api/open-live-room';

/**
 * On a training day: "Öppna liverum" (opens the day's room and goes there) or, once it exists,
 * "Till liverummet". `what` names the day for screen readers ("3 mars 2026").
 */
export function LiveRoomButton({ dayId, what }: { dayId: number; what: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const room = useDayLiveRoom(dayId);
  const openRoom = useOpenLiveRoom();

  if (room.data) {
    return (
      <AnchorLink
        to="/live/$roomId"
        params={{ roomId: room.data.id }}
        size="sm"
        fw={600}
        aria-label={t('live.day.goNamed', { day: what })}
        data-testid={`live-room-link-${dayId}`}
      >
        {t('live.day.go')}
      </AnchorLink>
    );
  }
  return (
    <Button
      size="compact-sm"
      variant="outline"
      loading={openRoom.isPending || room.isPending}
      onClick={() =>
        openRoom.mutate(dayId, {
          onSuccess: (r) => void navigate({ to: '/live/$roomId', params: { roomId: r.id } }),
          onError: (e) => notify(errorMessage(t, e), 'red'),
        })
      }
      aria-label={t('live.day.openNamed', { day: what })}
      data-testid={`live-room-open-${dayId}`}
    >
      {t('live.day.open')}
    </Button>
  );
}
