import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

// Shared: the training feature manages workshops and supervision, the timeline shows them.

export const sessionsQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'sessions'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/sessions', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

export function useSessions(certificationId: number) {
  return useQuery(sessionsQueryOptions(certificationId));
}
