import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { agendaTemplatesKey } from './types';

export const agendaTemplatesQueryOptions = () =>
  queryOptions({
    queryKey: agendaTemplatesKey,
    queryFn: () => unwrap(client.GET('/api/v1/agenda-templates')),
  });

export function useAgendaTemplates() {
  return useQuery(agendaTemplatesQueryOptions());
}
