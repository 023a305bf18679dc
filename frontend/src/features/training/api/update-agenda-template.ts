import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { type AgendaItem, agendaTemplatesKey } from './types';

export function useUpdateAgendaTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ moment, items }: { moment: number; items: AgendaItem[] }) =>
      unwrap(
        client.PUT('/api/v1/agenda-templates/{moment}', {
          params: { path: { moment } },
          body: items,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agendaTemplatesKey }),
  });
}
