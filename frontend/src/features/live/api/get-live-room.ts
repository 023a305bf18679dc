import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { liveRoomKey } from '@/lib/query-keys';
import type { LiveRoom } from './types';

export const liveRoomQueryOptions = (roomId: number) =>
  queryOptions({
    queryKey: liveRoomKey(roomId),
    queryFn: async (): Promise<LiveRoom> =>
      unwrap(
        client.GET('/api/v1/live/rooms/{room_id}', {
          params: { path: { room_id: roomId } },
        }),
      ),
  });

/** The room's state; the SSE stream (`useRoomEvents`) keeps it current while the page is open. */
export function useLiveRoom(roomId: number) {
  return useQuery(liveRoomQueryOptions(roomId));
}
