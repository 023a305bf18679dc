import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { type ApiResponse, client, unwrap } from '@/lib/api';
import { NOTIFICATIONS_KEY } from '@/lib/query-keys';

export type NotificationPage = ApiResponse<'/api/v1/notifications', 'get'>;
export type Notification = NotificationPage['items'][number];

export const NOTIFICATIONS_PAGE_SIZE = 25;

/** The bell's number: refetched every minute and whenever the window gets focus again. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: () => unwrap(client.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });
}

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

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
}

export function useMarkRead() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(
        client.POST('/api/v1/notifications/{notification_id}/read', {
          params: { path: { notification_id: id } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useMarkAllRead() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/notifications/read-all')),
    onSuccess: refresh,
  });
}
