import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationListKey } from '@/lib/query-keys';
import type { CertificationStatus } from './types';

export const CERTIFICATIONS_PAGE_SIZE = 25;

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
