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

export function usePlanVersion(certificationId: number, version: number | null) {
  return useQuery({
    queryKey: certificationPartKey(certificationId, 'plan', 'version', version ?? 0),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/plan/versions/{version}', {
          params: { path: { certification_id: certificationId, version: version ?? 0 } },
        }),
      ),
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY, // a saved version never changes
  });
}

/** The changes between two versions; `from` may be "last_submitted", `to` null is the current. */
export function usePlanDiff(
  certificationId: number,
  from: string | null,
  to: number | null,
  enabled = true,
) {
  return useQuery({
    queryKey: certificationPartKey(certificationId, 'plan', 'diff', from ?? '', to ?? 'current'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/plan/diff', {
          params: {
            path: { certification_id: certificationId },
            query: { from: from ?? undefined, to: to ?? undefined },
          },
        }),
      ),
    enabled: enabled && from !== null,
  });
}
