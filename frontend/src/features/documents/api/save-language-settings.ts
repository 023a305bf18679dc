import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { languageSettingsKey } from '@/lib/query-keys';
import type { LanguageSettingsUpdate } from './types';

export function useSaveLanguageSettings(organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LanguageSettingsUpdate) =>
      unwrap(
        client.PUT('/api/v1/organisations/{organisation_id}/language-settings', {
          params: { path: { organisation_id: organisationId } },
          body,
        }),
      ),
    onSuccess: (settings) =>
      queryClient.setQueryData(languageSettingsKey(organisationId), settings),
  });
}
