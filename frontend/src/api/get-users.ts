import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import type { Role } from '@/lib/authorization';
import { userListKey } from '@/lib/query-keys';

// Shared: the user administration (users) pages through it; opening a certification
// (certifications) and booking a review (recertification) offer the trainers and auditors in it.
// The user list is an admin endpoint.

export const USERS_PAGE_SIZE = 25;

export interface UserListParams {
  role?: Role;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** The first 100 of a role: the choices of a select (trainers to assign, auditors to book). */
export const ROLE_CHOICES = { page: 1, pageSize: 100 } as const;

export const usersQueryOptions = ({
  role,
  q,
  page = 1,
  pageSize = USERS_PAGE_SIZE,
}: UserListParams) =>
  queryOptions({
    queryKey: userListKey({ role, q, page, pageSize }),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/users', {
          params: { query: { role, q: q || undefined, page, page_size: pageSize } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useUsers(params: UserListParams, enabled = true) {
  return useQuery({ ...usersQueryOptions(params), enabled });
}
