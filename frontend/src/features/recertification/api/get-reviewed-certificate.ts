import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { RECERTIFICATION_KEY } from '@/lib/query-keys';

export const reviewedCertificateQueryOptions = (certificateId: number) =>
  queryOptions({
    queryKey: [...RECERTIFICATION_KEY, 'certificate', certificateId],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certificates/{certificate_id}', {
          params: { path: { certificate_id: certificateId } },
        }),
      ),
  });

/** The certificate a review is about (its number, validity and cycle), by the certificate's id. */
export function useReviewedCertificate(certificateId: number) {
  return useQuery(reviewedCertificateQueryOptions(certificateId));
}
