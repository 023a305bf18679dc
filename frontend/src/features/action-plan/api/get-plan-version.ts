import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

export const planVersionQueryOptions = (certificationId: number, version: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'plan', 'version', version),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/plan/versions/{version}', {
          params: { path: { certification_id: certificationId, version } },
        }),
      ),
    staleTime: Number.POSITIVE_INFINITY, // a saved version never changes
  });

/** One saved version of the plan; nothing is asked while `version` is null. */
export function usePlanVersion(certificationId: number, version: number | null) {
  return useQuery({
    ...planVersionQueryOptions(certificationId, version ?? 0),
    enabled: version !== null,
  });
}
