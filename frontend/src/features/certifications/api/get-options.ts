import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';

/** Organisations to open a certification for (the first 100 by name). */
export const organisationOptionsQuery = () =>
  queryOptions({
    queryKey: ['organisations', 'list', { page: 1, pageSize: 100 }],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisations', { params: { query: { page: 1, page_size: 100 } } }),
      ),
  });

export function useOrganisationOptions() {
  return useQuery(organisationOptionsQuery());
}

/** Trainers one can assign (admin only: the user list is an admin endpoint). */
export const trainerOptionsQuery = () =>
  queryOptions({
    queryKey: ['users', 'list', { role: 'trainer', page: 1, pageSize: 100 }],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/users', {
          params: { query: { role: 'trainer', page: 1, page_size: 100 } },
        }),
      ),
  });

export function useTrainerOptions(enabled = true) {
  return useQuery({ ...trainerOptionsQuery(), enabled });
}
