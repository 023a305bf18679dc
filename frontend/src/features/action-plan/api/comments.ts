import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';
import type { PlanCommentCreate } from './types';

export const commentsKey = (certificationId: number) =>
  certificationPartKey(certificationId, 'plan', 'comments');

export const commentsQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: commentsKey(certificationId),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/plan/comments', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

export function usePlanComments(certificationId: number) {
  return useQuery(commentsQueryOptions(certificationId));
}

export function useAddComment(certificationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanCommentCreate) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/plan/comments', {
          params: { path: { certification_id: certificationId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentsKey(certificationId) }),
  });
}
