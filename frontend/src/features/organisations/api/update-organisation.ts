import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { type OrganisationUpdate, organisationKeys } from './types';

export function useUpdateOrganisation(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationUpdate) =>
      unwrap(
        client.PATCH('/api/v1/organisations/{organisation_id}', {
          params: { path: { organisation_id: id } },
          body,
        }),
      ),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(id), organisation);
      return queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
    },
  });
}
