import { client, unwrap } from '@/lib/api';
import { useRoomMutation } from './room-mutation';

export function useEvaluationToggle(roomId: number) {
  return useRoomMutation(roomId, (open: boolean) =>
    unwrap(
      client.POST('/api/v1/live/rooms/{room_id}/evaluation', {
        params: { path: { room_id: roomId } },
        body: { open },
      }),
    ),
  );
}
