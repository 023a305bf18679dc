import { client, unwrap } from '@/lib/api';
import { useRoomMutation } from './room-mutation';

export function useShowQuestion(roomId: number) {
  return useRoomMutation(roomId, (questionId: number) =>
    unwrap(
      client.POST('/api/v1/live/rooms/{room_id}/show', {
        params: { path: { room_id: roomId } },
        body: { question_id: questionId },
      }),
    ),
  );
}
