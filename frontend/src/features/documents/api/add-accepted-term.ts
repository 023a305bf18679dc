import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { languageSettingsKey } from '@/lib/query-keys';
import type { AcceptedTermCreate } from './types';

export function useAddAcceptedTerm(organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptedTermCreate) =>
      unwrap(
        client.POST('/api/v1/organisations/{organisation_id}/accepted-terms', {
          params: { path: { organisation_id: organisationId } },
          body,
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: languageSettingsKey(organisationId) }),
  });
}
