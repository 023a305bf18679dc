import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateSessions } from './invalidate-sessions';

export function useDeleteSession(certificationId: number) {
  const invalidate = useInvalidateSessions(certificationId);
  return useMutation({
    mutationFn: (sessionId: number) =>
      unwrap(
        client.DELETE('/api/v1/sessions/{session_id}', {
          params: { path: { session_id: sessionId } },
        }),
      ),
    onSuccess: invalidate,
  });
}
