import { client, unwrap } from '@/lib/api';
import { useRoomMutation } from './room-mutation';
import type { LiveQuestionUpdate } from './types';

/** A change answers with the room; a 409 (changed meanwhile, or answered) reads it again. */
export function useUpdateQuestion(roomId: number) {
  return useRoomMutation(
    roomId,
    ({ questionId, ...body }: LiveQuestionUpdate & { questionId: number }) =>
      unwrap(
        client.PATCH('/api/v1/live/questions/{question_id}', {
          params: { path: { question_id: questionId } },
          body,
        }),
      ),
  );
}
