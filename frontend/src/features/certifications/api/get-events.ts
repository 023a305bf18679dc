import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

export const eventsQueryOptions = (id: number) =>
  queryOptions({
    queryKey: certificationPartKey(id, 'events'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/events', {
          params: { path: { certification_id: id } },
        }),
      ),
  });

export function useCertificationEvents(id: number) {
  return useQuery(eventsQueryOptions(id));
}
