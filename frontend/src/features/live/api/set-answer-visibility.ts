import { client, unwrap } from '@/lib/api';
import { useRoomMutation } from './room-mutation';

/** Hide a free-text answer of a question from the projector, or show it again. */
export function useAnswerVisibility(roomId: number) {
  return useRoomMutation(
    roomId,
    ({ questionId, answerId, hidden }: { questionId: number; answerId: string; hidden: boolean }) =>
      unwrap(
        client.POST('/api/v1/live/questions/{question_id}/texts/{text_id}/visibility', {
          params: { path: { question_id: questionId, text_id: answerId } },
          body: { hidden },
        }),
      ),
  );
}
