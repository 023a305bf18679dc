import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { FOLLOW_UPS_KEY } from '@/lib/query-keys';
import type { FollowUpStatus } from './types';

export interface FollowUpListParams {
  status?: FollowUpStatus;
  overdue?: boolean;
  page?: number;
  pageSize?: number;
}

export const followUpsQueryOptions = ({
  status,
  overdue,
  page = 1,
  pageSize = 50,
}: FollowUpListParams) =>
  queryOptions({
    queryKey: [...FOLLOW_UPS_KEY, 'list', { status, overdue, page, pageSize }],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/follow-ups', {
          params: {
            query: { status, overdue: overdue || undefined, page, page_size: pageSize },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** Follow-ups across the certifications the user may see (waiting for review, overdue). */
export function useFollowUps(params: FollowUpListParams) {
  return useQuery(followUpsQueryOptions(params));
}
