import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiResponse, client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

export type Certificate = ApiResponse<
  '/api/v1/certifications/{certification_id}/certificate',
  'get'
>;
export type PublicCertificate = ApiResponse<'/api/v1/public/certificates/{number}', 'get'>;
export type CertificateStatus = PublicCertificate['status'];

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

export function useCertificate(certificationId: number) {
  return useQuery(certificateQueryOptions(certificationId));
}

export function usePublicCertificate(number: string) {
  return useQuery({
    queryKey: ['public-certificate', number],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/public/certificates/{number}', {
          params: { path: { number } },
        }),
      ),
    enabled: number.length > 0,
  });
}

/** The PDF of a certificate in Swedish or English (same origin: the session cookie goes along). */
export function certificatePdfUrl(certificateId: number, lang: 'sv' | 'en'): string {
  return `/api/v1/certificates/${encodeURIComponent(certificateId)}/pdf?lang=${lang}`;
}

/** The SPA's verification page for a number (the QR code on the PDF points there too). */
export function verifyPath(number: string): string {
  return `/verify/${encodeURIComponent(number)}`;
}
