import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { organisationKeys } from './types';

export const organisationQueryOptions = (id: number) =>
  queryOptions({
    queryKey: organisationKeys.detail(id),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisations/{organisation_id}', {
          params: { path: { organisation_id: id } },
        }),
      ),
  });

export function useOrganisation(id: number) {
  return useQuery(organisationQueryOptions(id));
}
