import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

/** `from` may be "last_submitted"; `to` null is the current plan. */
export const planDiffQueryOptions = (
  certificationId: number,
  from: string | null,
  to: number | null,
) =>
  queryOptions({
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
  });

/** The changes between two versions; nothing is asked without a `from`. */
export function usePlanDiff(
  certificationId: number,
  from: string | null,
  to: number | null,
  enabled = true,
) {
  return useQuery({
    ...planDiffQueryOptions(certificationId, from, to),
    enabled: enabled && from !== null,
  });
}
