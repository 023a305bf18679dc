import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { feedKey } from './types';

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/v1/users/me/calendar-feed')),
    onSuccess: () => queryClient.setQueryData(feedKey, null),
  });
}
