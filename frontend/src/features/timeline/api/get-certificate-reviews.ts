import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { RECERTIFICATION_KEY } from '@/lib/query-keys';

// Under the re-certification prefix: booking or deciding a review refreshes the timeline too.
export const certificateReviewsQueryOptions = (certificateId: number) =>
  queryOptions({
    queryKey: [...RECERTIFICATION_KEY, 'certificate-reviews', certificateId],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certificates/{certificate_id}/reviews', {
          params: { path: { certificate_id: certificateId } },
        }),
      ),
  });

/** The reviews of one certificate; nothing is asked while there is no certificate. */
export function useCertificateReviews(certificateId: number | null | undefined) {
  return useQuery({
    ...certificateReviewsQueryOptions(certificateId ?? 0),
    enabled: !!certificateId,
  });
}
