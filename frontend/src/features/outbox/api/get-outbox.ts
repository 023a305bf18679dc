import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { type OutboxStatus, outboxKeys } from './types';

export const OUTBOX_PAGE_SIZE = 25;

export interface OutboxListParams {
  status?: OutboxStatus;
  page?: number;
}

export const outboxQueryOptions = ({ status, page = 1 }: OutboxListParams) =>
  queryOptions({
    queryKey: outboxKeys.list({ status, page }),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/outbox-messages', {
          params: { query: { status, page, page_size: OUTBOX_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useOutbox(params: OutboxListParams) {
  return useQuery(outboxQueryOptions(params));
}
