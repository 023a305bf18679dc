import { client, unwrap } from '@/lib/api';
import { useRoomMutation } from './room-mutation';

export function useResultsVisibility(roomId: number) {
  return useRoomMutation(roomId, ({ questionId, show }: { questionId: number; show: boolean }) =>
    unwrap(
      client.POST('/api/v1/live/questions/{question_id}/results-visibility', {
        params: { path: { question_id: questionId } },
        body: { show },
      }),
    ),
  );
}
