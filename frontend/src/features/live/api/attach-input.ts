import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { sessionKey } from './workshop-keys';

export function useAttachInput(certificationId: number, sessionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (questionId: number) =>
      unwrap(
        client.POST('/api/v1/working-sessions/{session_id}/exercise-results', {
          params: { path: { session_id: sessionId } },
          body: { question_id: questionId },
        }),
      ),
    // The inputs and the candidates (now attached, or refused meanwhile) are read again.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sessionKey(certificationId, sessionId) }),
  });
}
