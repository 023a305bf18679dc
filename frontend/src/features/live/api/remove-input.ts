import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { sessionKey } from './workshop-keys';

export function useRemoveInput(certificationId: number, sessionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resultId: number) =>
      unwrap(
        client.DELETE('/api/v1/exercise-results/{result_id}', {
          params: { path: { result_id: resultId } },
        }),
      ),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sessionKey(certificationId, sessionId) }),
  });
}
