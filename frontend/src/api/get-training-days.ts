import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

// Shared: the training feature plans the days, the timeline and the evaluation filters read them.

export const trainingDaysQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'training-days'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/training-days', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

/** A certification's training days; `enabled` false while there is no certification to ask about. */
export function useTrainingDays(certificationId: number, enabled = true) {
  return useQuery({ ...trainingDaysQueryOptions(certificationId), enabled });
}
