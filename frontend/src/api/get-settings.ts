import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiResponse, client, unwrap } from '@/lib/api';
import { SETTINGS_KEY } from '@/lib/query-keys';

// Shared: the server's limits and rules (working-group size, the moments a training day may hold,
// upload sizes, the answers needed before results show), read once instead of kept as copies.
// Public (no login); they change only when the server restarts with other settings.

export type ClientSettings = ApiResponse<'/api/v1/settings', 'get'>;

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: SETTINGS_KEY,
    queryFn: () => unwrap(client.GET('/api/v1/settings')),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });

/** The server's settings: `data` is undefined until the first (and only) read answers. */
export function useSettings() {
  return useQuery(settingsQueryOptions());
}
