import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, isApiError, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';
import type { SessionCreate, SessionUpdate } from './types';

export const sessionsQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'sessions'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/sessions', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

export function useSessions(certificationId: number) {
  return useQuery(sessionsQueryOptions(certificationId));
}

export function useCreateSession(certificationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionCreate) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/sessions', {
          params: { path: { certification_id: certificationId } },
          body,
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: certificationPartKey(certificationId, 'sessions'),
      }),
  });
}

/**
 * Changes a session's date or notes on the version it was based on; a 409 (changed meanwhile)
 * reads the sessions again, so the dialog shows what is saved now.
 */
export function useUpdateSession(certificationId: number) {
  const queryClient = useQueryClient();
  const invalidate = () =>
    queryClient.invalidateQueries({ queryKey: certificationPartKey(certificationId, 'sessions') });
  return useMutation({
    mutationFn: ({ sessionId, ...body }: SessionUpdate & { sessionId: number }) =>
      unwrap(
        client.PATCH('/api/v1/sessions/{session_id}', {
          params: { path: { session_id: sessionId } },
          body,
        }),
      ),
    onSuccess: invalidate,
    onError: (error) => {
      if (isApiError(error, 409)) void invalidate();
    },
  });
}

export function useDeleteSession(certificationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: number) =>
      unwrap(
        client.DELETE('/api/v1/sessions/{session_id}', {
          params: { path: { session_id: sessionId } },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: certificationPartKey(certificationId, 'sessions'),
      }),
  });
}
