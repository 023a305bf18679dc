import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { CERTIFICATIONS_KEY, certificationKey } from '@/lib/query-keys';

/**
 * Cancels a certification that is not certified (admins, a reason required). Everything about it
 * is read again: the status history, the training tabs (now read-only) and the lists.
 */
export function useCancelCertification(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/cancel', {
          params: { path: { certification_id: id } },
          body: { reason },
        }),
      ),
    onSuccess: async (certification) => {
      queryClient.setQueryData(certificationKey(id), certification);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: certificationKey(id), refetchType: 'active' }),
        queryClient.invalidateQueries({ queryKey: [...CERTIFICATIONS_KEY, 'list'] }),
      ]);
    },
  });
}
