import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';
import type { ExerciseCandidate, WorkshopInput } from './types';

/** Everything about one workshop's input lives under its session, within the certification. */
const sessionKey = (certificationId: number, sessionId: number) =>
  certificationPartKey(certificationId, 'sessions', sessionId);
const inputsKey = (certificationId: number, sessionId: number) =>
  [...sessionKey(certificationId, sessionId), 'exercise-results'] as const;
const candidatesKey = (certificationId: number, sessionId: number) =>
  [...sessionKey(certificationId, sessionId), 'exercise-candidates'] as const;

export function useWorkshopInputs(certificationId: number, sessionId: number) {
  return useQuery(
    queryOptions({
      queryKey: inputsKey(certificationId, sessionId),
      queryFn: async (): Promise<WorkshopInput[]> =>
        unwrap(
          client.GET('/api/v1/working-sessions/{session_id}/exercise-results', {
            params: { path: { session_id: sessionId } },
          }),
        ),
    }),
  );
}

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
  return useQuery({
    queryKey: candidatesKey(certificationId, sessionId),
    queryFn: async (): Promise<ExerciseCandidate[]> =>
      unwrap(
        client.GET('/api/v1/working-sessions/{session_id}/exercise-candidates', {
          params: { path: { session_id: sessionId } },
        }),
      ),
    enabled,
  });
}

export function useAttachInput(certificationId: number, sessionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (questionId: number) =>
      unwrap(
        client.POST('/api/v1/working-sessions/{session_id}/exercise-results', {
          params: { path: { session_id: sessionId } },
          body: { question_id: questionId },
        }),
      ),
    // The inputs and the candidates (now attached, or refused meanwhile) are read again.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sessionKey(certificationId, sessionId) }),
  });
}

export function useRemoveInput(certificationId: number, sessionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resultId: number) =>
      unwrap(
        client.DELETE('/api/v1/exercise-results/{result_id}', {
          params: { path: { result_id: resultId } },
        }),
      ),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sessionKey(certificationId, sessionId) }),
  });
}
