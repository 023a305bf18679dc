import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

export const planKey = (certificationId: number) => certificationPartKey(certificationId, 'plan');

export const planQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: planKey(certificationId),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/plan', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

export function usePlan(certificationId: number) {
  return useQuery(planQueryOptions(certificationId));
}
