import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import type { Role } from '@/lib/authorization';
import { userKeys } from './types';

export const USERS_PAGE_SIZE = 25;

export interface UserListParams {
  role?: Role;
  q?: string;
  page?: number;
}

export const usersQueryOptions = ({ role, q, page = 1 }: UserListParams) =>
  queryOptions({
    queryKey: userKeys.list({ role, q, page }),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/users', {
          params: { query: { role, q: q || undefined, page, page_size: USERS_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useUsers(params: UserListParams) {
  return useQuery(usersQueryOptions(params));
}
