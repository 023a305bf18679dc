import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import type { WorkshopInput } from './types';
import { inputsKey } from './workshop-keys';

export const workshopInputsQueryOptions = (certificationId: number, sessionId: number) =>
  queryOptions({
    queryKey: inputsKey(certificationId, sessionId),
    queryFn: async (): Promise<WorkshopInput[]> =>
      unwrap(
        client.GET('/api/v1/working-sessions/{session_id}/exercise-results', {
          params: { path: { session_id: sessionId } },
        }),
      ),
  });

export function useWorkshopInputs(certificationId: number, sessionId: number) {
  return useQuery(workshopInputsQueryOptions(certificationId, sessionId));
}
