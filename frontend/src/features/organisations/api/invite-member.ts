import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { type MemberInvite, organisationKeys } from './types';

export function useInviteMember(organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberInvite) =>
      unwrap(
        client.POST('/api/v1/organisations/{organisation_id}/invitations', {
          params: { path: { organisation_id: organisationId } },
          body,
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organisationKeys.detail(organisationId) }),
  });
}
