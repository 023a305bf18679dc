import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { NOTIFICATIONS_KEY } from '@/lib/query-keys';

export const NOTIFICATIONS_PAGE_SIZE = 25;

export const notificationsQueryOptions = (unread: boolean, page: number) =>
  queryOptions({
    queryKey: [...NOTIFICATIONS_KEY, 'list', { unread, page }],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/notifications', {
          params: {
            query: { unread: unread || undefined, page, page_size: NOTIFICATIONS_PAGE_SIZE },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** Newest first; `unread` shows only what is not read yet. */
export function useNotifications(unread: boolean, page: number) {
  return useQuery(notificationsQueryOptions(unread, page));
}
