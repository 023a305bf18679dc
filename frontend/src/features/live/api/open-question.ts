import { client, unwrap } from '@/lib/api';
import { useRoomMutation } from './room-mutation';

export function useOpenQuestion(roomId: number) {
  return useRoomMutation(roomId, (questionId: number) =>
    unwrap(
      client.POST('/api/v1/live/questions/{question_id}/open', {
        params: { path: { question_id: questionId } },
      }),
    ),
  );
}
