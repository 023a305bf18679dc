import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';

export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['auth', 'invitation', token],
    queryFn: () =>
      unwrap(client.GET('/api/v1/auth/invitations/{token}', { params: { path: { token } } })),
    retry: false,
    enabled: token.length > 0,
  });

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
