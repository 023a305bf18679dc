import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateRoom } from './room-mutation';
import type { LiveQuestionCreate } from './types';

export function useAddQuestion(roomId: number) {
  const invalidate = useInvalidateRoom(roomId);
  return useMutation({
    mutationFn: (body: LiveQuestionCreate) =>
      unwrap(
        client.POST('/api/v1/live/rooms/{room_id}/questions', {
          params: { path: { room_id: roomId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}
