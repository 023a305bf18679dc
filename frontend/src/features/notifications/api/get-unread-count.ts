import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { NOTIFICATIONS_KEY } from '@/lib/query-keys';

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: () => unwrap(client.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });

/** The bell's number: refetched every minute and whenever the window gets focus again. */
export function useUnreadCount() {
  return useQuery(unreadCountQueryOptions());
}
