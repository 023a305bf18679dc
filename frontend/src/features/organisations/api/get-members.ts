import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { organisationKeys } from './types';

export const membersQueryOptions = (organisationId: number) =>
  queryOptions({
    queryKey: organisationKeys.members(organisationId),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisations/{organisation_id}/members', {
          params: { path: { organisation_id: organisationId } },
        }),
      ),
  });

export function useMembers(organisationId: number) {
  return useQuery(membersQueryOptions(organisationId));
}
