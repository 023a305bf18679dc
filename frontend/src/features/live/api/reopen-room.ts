import { client, unwrap } from '@/lib/api';
import { useRoomMutation } from './room-mutation';

/** Opens an ended session again; no question reopens by itself. */
export function useReopenRoom(roomId: number) {
  return useRoomMutation(roomId, () =>
    unwrap(
      client.POST('/api/v1/live/rooms/{room_id}/reopen', {
        params: { path: { room_id: roomId } },
      }),
    ),
  );
}
