import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

// Shared: the follow-ups tab (follow-ups) and the timeline read a certification's follow-ups.

export const certificationFollowUpsQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'follow-ups'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/follow-ups', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

/** The follow-ups of one certification (6 and 18 months), by due date. */
export function useCertificationFollowUps(certificationId: number, enabled = true) {
  return useQuery({ ...certificationFollowUpsQueryOptions(certificationId), enabled });
}
