import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useInvalidateSessions } from './invalidate-sessions';
import type { SessionCreate } from './types';

export function useCreateSession(certificationId: number) {
  const invalidate = useInvalidateSessions(certificationId);
  return useMutation({
    mutationFn: (body: SessionCreate) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/sessions', {
          params: { path: { certification_id: certificationId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}
