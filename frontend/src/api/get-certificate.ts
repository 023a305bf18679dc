import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

// Shared: the certificate card (certificates), the new certificate after a renewal
// (recertification) and the timeline read a certification's certificate.

export const certificateQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: certificationPartKey(certificationId, 'certificate'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/certificate', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

/** The certificate of a certification; `enabled` false while there is none to ask about. */
export function useCertificate(certificationId: number, enabled = true) {
  return useQuery({ ...certificateQueryOptions(certificationId), enabled });
}
