import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useAfterFollowUpChange } from './after-follow-up-change';

export function useSubmitFollowUp(id: number) {
  const after = useAfterFollowUpChange();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(
        client.POST('/api/v1/follow-ups/{follow_up_id}/submit', {
          params: { path: { follow_up_id: id } },
          body: { version },
        }),
      ),
    onSuccess: after,
  });
}
