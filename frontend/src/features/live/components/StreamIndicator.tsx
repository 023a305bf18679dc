import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StreamStatus } from '../api/room-events';

/** "Återansluter …" while the live stream is cut; nothing while it flows. */
export function StreamIndicator({ status }: { status: StreamStatus }) {
  const { t } = useTranslation();
  return (
    <div role="status" data-testid="stream-status" data-status={status}>
      {status === 'reconnecting' && (
        <Badge color="#8a4500" variant="outline" radius="sm" size="lg">
          {t('live.stream.reconnecting')}
        </Badge>
      )}
    </div>
  );
}
