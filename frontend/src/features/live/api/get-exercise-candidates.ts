import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import type { ExerciseCandidate } from './types';
import { candidatesKey } from './workshop-keys';

export const exerciseCandidatesQueryOptions = (certificationId: number, sessionId: number) =>
  queryOptions({
    queryKey: candidatesKey(certificationId, sessionId),
    queryFn: async (): Promise<ExerciseCandidate[]> =>
      unwrap(
        client.GET('/api/v1/working-sessions/{session_id}/exercise-candidates', {
          params: { path: { session_id: sessionId } },
        }),
      ),
  });

/**
 * What the workshop may take: the certification's moment 2 and 3 exercises that are not free
 * text, each with whether it has enough answers (`attachable`) and is already `attached`. One
 * request; eligibility is the server's.
 */
export function useExerciseCandidates(
  certificationId: number,
  sessionId: number,
  enabled: boolean,
) {
  return useQuery({ ...exerciseCandidatesQueryOptions(certificationId, sessionId), enabled });
}
