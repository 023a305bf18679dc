import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { notify } from '@/lib/notify';
import { useCloseRoom } from '../api/close-room';
import { useReopenRoom } from '../api/reopen-room';
import { LiveErrorAlert } from './LiveErrorAlert';

/** Ending the session ("Avsluta passet"), after asking. */
export function CloseRoom({ roomId }: { roomId: number }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const closeRoom = useConfirmAction(useCloseRoom(roomId), () => setConfirming(false));
  return (
    <Group>
      <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
        {t('live.room.close')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('live.room.closeTitle')}
        confirmLabel={t('live.room.close')}
        danger
        {...closeRoom.dialogProps}
        onConfirm={() => closeRoom.confirm(undefined, () => notify(t('live.room.closedNow')))}
      >
        {t('live.room.closeConfirm')}
      </ConfirmDialog>
    </Group>
  );
}

/**
 * The ended session says so and, with `canReopen` (the room's `live-room:reopen`), offers to open
 * it again (after "Avsluta passet" by mistake).
 */
export function RoomClosed({ roomId, canReopen }: { roomId: number; canReopen: boolean }) {
  const { t } = useTranslation();
  const reopen = useReopenRoom(roomId);
  return (
    <Alert color="gray" title={t('live.room.closedTitle')} data-testid="room-closed">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('live.room.closedBody')}</Text>
        <LiveErrorAlert error={reopen.error} />
        {canReopen && (
          <Button
            variant="outline"
            loading={reopen.isPending}
            onClick={() =>
              reopen.mutate(undefined, { onSuccess: () => notify(t('live.room.reopenedNow')) })
            }
          >
            {t('live.room.reopen')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
