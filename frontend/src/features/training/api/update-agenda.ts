import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { agendaKey } from './get-agenda';
import type { AgendaItem } from './types';

export function useUpdateAgenda(certificationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ moment, items }: { moment: number; items: AgendaItem[] }) =>
      unwrap(
        client.PUT('/api/v1/certifications/{certification_id}/agenda/{moment}', {
          params: { path: { certification_id: certificationId, moment } },
          body: items,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agendaKey(certificationId) }),
  });
}
