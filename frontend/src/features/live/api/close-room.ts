import { client, unwrap } from '@/lib/api';
import { useRoomMutation } from './room-mutation';

export function useCloseRoom(roomId: number) {
  return useRoomMutation(roomId, () =>
    unwrap(
      client.POST('/api/v1/live/rooms/{room_id}/close', {
        params: { path: { room_id: roomId } },
      }),
    ),
  );
}
