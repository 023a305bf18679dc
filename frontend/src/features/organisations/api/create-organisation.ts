import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { type OrganisationCreate, organisationKeys } from './types';

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationCreate) =>
      unwrap(client.POST('/api/v1/organisations', { body })),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(organisation.id), organisation);
      return queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
    },
  });
}
