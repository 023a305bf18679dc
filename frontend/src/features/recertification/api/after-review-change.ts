import { useQueryClient } from '@tanstack/react-query';
import { CALENDAR_KEY, certificationKey, RECERTIFICATION_KEY } from '@/lib/query-keys';
import { reviewKey } from './get-review';
import type { Review } from './types';

/** After a review changes: lists, the calendar and the certification (its timeline) refetch. */
export function useAfterReviewChange() {
  const queryClient = useQueryClient();
  return (review: Review) => {
    queryClient.setQueryData(reviewKey(review.id), review);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...RECERTIFICATION_KEY, 'list'] }),
      queryClient.invalidateQueries({ queryKey: CALENDAR_KEY }),
      queryClient.invalidateQueries({ queryKey: certificationKey(review.certification_id) }),
    ]);
  };
}
