import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { type ApiBody, type ApiResponse, client, unwrap } from '@/lib/api';

export type Invitation = ApiResponse<'/api/v1/auth/invitations/{token}', 'get'>;
export type InvitationAccept = ApiBody<'/api/v1/auth/invitations/accept', 'post'>;

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

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: InvitationAccept) =>
      unwrap(client.POST('/api/v1/auth/invitations/accept', { body })),
  });
}
