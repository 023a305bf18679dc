import { useQueryClient } from '@tanstack/react-query';
import { NOTIFICATIONS_KEY } from '@/lib/query-keys';

/** After marking read: the list and the bell's count are read again. */
export function useRefreshNotifications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
}
