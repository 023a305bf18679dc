import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { feedKey } from './types';

/** A new secret URL; the old one stops working. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/users/me/calendar-feed')),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, feed),
  });
}
