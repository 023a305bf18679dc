import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

export const versionsQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'plan', 'versions'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/plan/versions', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

export function usePlanVersions(certificationId: number) {
  return useQuery(versionsQueryOptions(certificationId));
}
