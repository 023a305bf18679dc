import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { refreshSession } from '@/lib/api';
import { parseRoomEvent, reconnectDelay, storeRoom } from './room-stream';

/** `connecting` until the first state arrives, `live` while it streams, `reconnecting` when cut. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

export const roomEventsUrl = (roomId: number) => `/api/v1/live/rooms/${roomId}/events`;

/**
 * Follows the room's SSE stream (`event: room`, the whole room each time) into the React Query
 * cache, so every view of the room agrees. A dropped connection is retried by the browser and the
 * server sends the full state first on every connect; when the browser gives up (a refused
 * connection, e.g. a 401 once the access token expired) the session is refreshed and the stream
 * opened again after a growing pause.
 */
export function useRoomEvents(roomId: number, enabled = true): StreamStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>('connecting');

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;

    const connect = () => {
      const current = new EventSource(roomEventsUrl(roomId), { withCredentials: true });
      source = current;
      current.addEventListener('room', (event) => {
        const room = parseRoomEvent((event as MessageEvent).data, roomId);
        if (!room) return;
        attempt = 0;
        storeRoom(queryClient, room);
        setStatus('live');
      });
      current.addEventListener('error', () => {
        if (stopped) return;
        setStatus('reconnecting');
        if (current.readyState !== EventSource.CLOSED) return; // the browser retries by itself
        current.close();
        timer = setTimeout(() => {
          void refreshSession().finally(() => {
            if (!stopped) connect();
          });
        }, reconnectDelay(attempt++));
      });
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [roomId, enabled, queryClient]);

  return status;
}
