import { useMutation } from '@tanstack/react-query';
import { client, isApiError, unwrap } from '@/lib/api';
import { useInvalidateSessions } from './invalidate-sessions';
import type { SessionUpdate } from './types';

/**
 * Changes a session's date or notes on the version it was based on; a 409 (changed meanwhile)
 * reads the sessions again, so the dialog shows what is saved now.
 */
export function useUpdateSession(certificationId: number) {
  const invalidate = useInvalidateSessions(certificationId);
  return useMutation({
    mutationFn: ({ sessionId, ...body }: SessionUpdate & { sessionId: number }) =>
      unwrap(
        client.PATCH('/api/v1/sessions/{session_id}', {
          params: { path: { session_id: sessionId } },
          body,
        }),
      ),
    onSuccess: invalidate,
    onError: (error) => {
      if (isApiError(error, 409)) void invalidate();
    },
  });
}
