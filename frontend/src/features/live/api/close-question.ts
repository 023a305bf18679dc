import { client, unwrap } from '@/lib/api';
import { useRoomMutation } from './room-mutation';

export function useCloseQuestion(roomId: number) {
  return useRoomMutation(roomId, (questionId: number) =>
    unwrap(
      client.POST('/api/v1/live/questions/{question_id}/close', {
        params: { path: { question_id: questionId } },
      }),
    ),
  );
}
