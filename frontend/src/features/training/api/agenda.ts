import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';
import { type AgendaItem, agendaTemplatesKey } from './types';

export const agendaQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'agenda'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/agenda', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

export function useAgenda(certificationId: number) {
  return useQuery(agendaQueryOptions(certificationId));
}

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
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: certificationPartKey(certificationId, 'agenda') }),
  });
}

export const agendaTemplatesQueryOptions = () =>
  queryOptions({
    queryKey: agendaTemplatesKey,
    queryFn: () => unwrap(client.GET('/api/v1/agenda-templates')),
  });

export function useAgendaTemplates() {
  return useQuery(agendaTemplatesQueryOptions());
}

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
