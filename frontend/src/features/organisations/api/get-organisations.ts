import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { organisationKeys } from './types';

export const PAGE_SIZE = 25;

export interface OrganisationListParams {
  q?: string;
  page?: number;
}

export const organisationsQueryOptions = ({ q, page = 1 }: OrganisationListParams) =>
  queryOptions({
    queryKey: organisationKeys.list({ q, page }),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisations', {
          params: { query: { q: q || undefined, page, page_size: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useOrganisations(params: OrganisationListParams) {
  return useQuery(organisationsQueryOptions(params));
}
