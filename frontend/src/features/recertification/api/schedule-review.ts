import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useAfterReviewChange } from './after-review-change';
import type { ReviewCreate } from './types';

export function useScheduleReview(certificateId: number) {
  const after = useAfterReviewChange();
  return useMutation({
    mutationFn: (body: ReviewCreate) =>
      unwrap(
        client.POST('/api/v1/certificates/{certificate_id}/reviews', {
          params: { path: { certificate_id: certificateId } },
          body,
        }),
      ),
    onSuccess: after,
  });
}
