import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { languageSettingsKey } from '@/lib/query-keys';

export const languageSettingsQueryOptions = (organisationId: number) =>
  queryOptions({
    queryKey: languageSettingsKey(organisationId),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisations/{organisation_id}/language-settings', {
          params: { path: { organisation_id: organisationId } },
        }),
      ),
  });

export function useLanguageSettings(organisationId: number) {
  return useQuery(languageSettingsQueryOptions(organisationId));
}
