import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { RECERTIFICATION_KEY } from '@/lib/query-keys';
import type { RecertWindow } from './types';

export const recertListQueryOptions = (window: RecertWindow, page = 1) =>
  queryOptions({
    queryKey: [...RECERTIFICATION_KEY, 'list', { window, page }],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/recertification/certificates', {
          params: { query: { window, page, page_size: 100 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** Certificates whose window is open (`open`), that expire within 60 days, or all current ones. */
export function useRecertList(window: RecertWindow) {
  return useQuery(recertListQueryOptions(window));
}
