import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { followUpKey } from '@/lib/query-keys';

export const followUpQueryOptions = (id: number) =>
  queryOptions({
    queryKey: followUpKey(id),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/follow-ups/{follow_up_id}', {
          params: { path: { follow_up_id: id } },
        }),
      ),
  });

export function useFollowUp(id: number) {
  return useQuery(followUpQueryOptions(id));
}
