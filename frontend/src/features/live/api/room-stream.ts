import type { QueryClient } from '@tanstack/react-query';
import { dayLiveRoomKey, liveRoomKey } from '@/lib/query-keys';
import type { LiveRoom } from './types';

/**
 * The `data` of an SSE `event: room`: the whole room as JSON. Anything else (a truncated line, an
 * error page, another room) is ignored rather than put into the cache.
 */
export function parseRoomEvent(data: unknown, roomId: number): LiveRoom | null {
  if (typeof data !== 'string' || !data) return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const room = value as Partial<LiveRoom>;
  if (room.id !== roomId || !Array.isArray(room.questions) || typeof room.join_code !== 'string') {
    return null;
  }
  return room as LiveRoom;
}

/** The server's state is the truth: the room and the day's room both become it. */
export function storeRoom(queryClient: QueryClient, room: LiveRoom): void {
  queryClient.setQueryData(liveRoomKey(room.id), room);
  queryClient.setQueryData(dayLiveRoomKey(room.training_day_id), room);
}

/**
 * Wait before reconnecting after the browser gave up on the stream (it retries dropped
 * connections by itself, not refused ones): 1, 2, 4, 8, 15, 15 … seconds.
 */
export function reconnectDelay(attempt: number): number {
  return Math.min(15_000, 1000 * 2 ** Math.max(0, attempt));
}
