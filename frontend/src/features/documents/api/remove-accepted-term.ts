import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { languageSettingsKey } from '@/lib/query-keys';

export function useRemoveAcceptedTerm(organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (termId: number) =>
      unwrap(
        client.DELETE('/api/v1/accepted-terms/{term_id}', {
          params: { path: { term_id: termId } },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: languageSettingsKey(organisationId) }),
  });
}
