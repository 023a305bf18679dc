import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateRoom } from './room-mutation';

export function useDeleteQuestion(roomId: number) {
  const invalidate = useInvalidateRoom(roomId);
  return useMutation({
    mutationFn: (questionId: number) =>
      unwrap(
        client.DELETE('/api/v1/live/questions/{question_id}', {
          params: { path: { question_id: questionId } },
        }),
      ),
    onSettled: invalidate,
  });
}
