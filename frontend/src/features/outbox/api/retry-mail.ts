import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { outboxKeys } from './types';

/** A failed mail is sent again: due now, with a fresh count of attempts. */
export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(
        client.POST('/api/v1/outbox-messages/{message_id}/retry', {
          params: { path: { message_id: id } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}
