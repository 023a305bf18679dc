import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useAfterFollowUpChange } from './after-follow-up-change';
import type { ReviewBody } from './types';

export function useReviewFollowUp(id: number) {
  const after = useAfterFollowUpChange();
  return useMutation({
    mutationFn: (body: ReviewBody) =>
      unwrap(
        client.POST('/api/v1/follow-ups/{follow_up_id}/review', {
          params: { path: { follow_up_id: id } },
          body,
        }),
      ),
    onSuccess: after,
  });
}
