import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';
import { useAfterReviewChange } from './after-review-change';
import type { Decision } from './types';

export function useDecideReview(reviewId: number) {
  const after = useAfterReviewChange();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Decision) =>
      unwrap(
        client.POST('/api/v1/reviews/{review_id}/decide', {
          params: { path: { review_id: reviewId } },
          body,
        }),
      ),
    onSuccess: async (result) => {
      if (result.certificate && result.next_certification_id) {
        queryClient.setQueryData(
          certificationPartKey(result.next_certification_id, 'certificate'),
          result.certificate,
        );
      }
      // A renewal opens the next cycle: every certification list changes.
      await queryClient.invalidateQueries({ queryKey: ['certifications', 'list'] });
      return after(result.review);
    },
  });
}
