import { useQueryClient } from '@tanstack/react-query';
import { certificationPartKey } from '@/lib/query-keys';

/** After a change to a workshop or supervision, the certification's sessions are read again. */
export function useInvalidateSessions(certificationId: number) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: certificationPartKey(certificationId, 'sessions') });
}
