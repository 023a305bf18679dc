import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type ApiResponse, client, unwrap } from './api';

export type User = ApiResponse<'/api/v1/users/me', 'get'>;

export const meQueryKey = ['auth', 'me'] as const;

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: () => unwrap(client.GET('/api/v1/users/me')),
    retry: false,
    staleTime: 60_000,
  });

/** The logged-in user; only for components under the authenticated layout (which loads it). */
export function useUser(): User {
  return useSuspenseQuery(meQueryOptions()).data;
}

export interface Credentials {
  email: string;
  password: string;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ email, password }: Credentials) =>
      unwrap(
        client.POST('/api/v1/auth/login', {
          body: { username: email, password },
          bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        }),
      ),
    onSuccess: (data) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, data.user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/auth/logout')),
    onSettled: () => queryClient.clear(),
  });
}
