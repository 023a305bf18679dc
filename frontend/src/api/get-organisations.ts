import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { organisationListKey } from '@/lib/query-keys';

// Shared: the organisation list (organisations) pages through it; opening a certification
// (certifications) offers the first 100 by name.

export const ORGANISATIONS_PAGE_SIZE = 25;

export interface OrganisationListParams {
  q?: string;
  page?: number;
  pageSize?: number;
}

export const organisationsQueryOptions = ({
  q,
  page = 1,
  pageSize = ORGANISATIONS_PAGE_SIZE,
}: OrganisationListParams) =>
  queryOptions({
    queryKey: organisationListKey({ q, page, pageSize }),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisations', {
          params: { query: { q: q || undefined, page, page_size: pageSize } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useOrganisations(params: OrganisationListParams) {
  return useQuery(organisationsQueryOptions(params));
}
