import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { organisationKeys } from './types';

export function useRemoveMember(organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) =>
      unwrap(
        client.DELETE('/api/v1/organisations/{organisation_id}/members/{user_id}', {
          params: { path: { organisation_id: organisationId, user_id: userId } },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organisationKeys.detail(organisationId) }),
  });
}
