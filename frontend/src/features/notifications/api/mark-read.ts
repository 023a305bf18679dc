import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useRefreshNotifications } from './refresh-notifications';

export function useMarkRead() {
  const refresh = useRefreshNotifications();
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
