import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

// Shared: the certification's status history (certifications) and the timeline read it.

export const certificationEventsQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'events'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/events', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

export function useCertificationEvents(certificationId: number) {
  return useQuery(certificationEventsQueryOptions(certificationId));
}
