import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useAfterReviewChange } from './after-review-change';
import type { ReviewUpdate } from './types';

export function useUpdateReview(reviewId: number) {
  const after = useAfterReviewChange();
  return useMutation({
    mutationFn: (body: ReviewUpdate) =>
      unwrap(
        client.PATCH('/api/v1/reviews/{review_id}', {
          params: { path: { review_id: reviewId } },
          body,
        }),
      ),
    onSuccess: after,
  });
}
