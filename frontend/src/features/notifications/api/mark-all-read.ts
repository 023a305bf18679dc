import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useRefreshNotifications } from './refresh-notifications';

export function useMarkAllRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/notifications/read-all')),
    onSuccess: refresh,
  });
}
