import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiResponse, client, unwrap } from '@/lib/api';
import { certificationListKey } from '@/lib/query-keys';

// Shared: the certification list (certifications), the dashboards (routes) and the evaluation
// filters read it; a trainer's list holds only the certifications they are assigned to.

export const CERTIFICATIONS_PAGE_SIZE = 25;

type CertificationStatus = ApiResponse<
  '/api/v1/certifications/{certification_id}',
  'get'
>['status'];

export interface CertificationListParams {
  status?: CertificationStatus;
  organisationId?: number;
  page?: number;
  pageSize?: number;
}

export const certificationsQueryOptions = ({
  status,
  organisationId,
  page = 1,
  pageSize = CERTIFICATIONS_PAGE_SIZE,
}: CertificationListParams) =>
  queryOptions({
    queryKey: certificationListKey({ status, organisationId, page, pageSize }),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications', {
          params: {
            query: {
              status,
              organisation_id: organisationId,
              page,
              page_size: pageSize,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useCertifications(params: CertificationListParams) {
  return useQuery(certificationsQueryOptions(params));
}
