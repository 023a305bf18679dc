import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

export const agendaKey = (certificationId: number) =>
  certificationPartKey(certificationId, 'agenda');

export const agendaQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: agendaKey(certificationId),
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
