import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { commentsKey } from './get-comments';
import type { PlanCommentCreate } from './types';

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
    // Newest first: the new comment is on the first page, which this reads again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentsKey(certificationId) }),
  });
}
