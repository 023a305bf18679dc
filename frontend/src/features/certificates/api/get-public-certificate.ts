import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';

export const publicCertificateKey = (number: string) => ['public-certificate', number] as const;

export const publicCertificateQueryOptions = (number: string) =>
  queryOptions({
    queryKey: publicCertificateKey(number),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/public/certificates/{number}', {
          params: { path: { number } },
        }),
      ),
    enabled: number.length > 0,
  });

/** What anyone may know about a certificate by its number (the verification page). */
export function usePublicCertificate(number: string) {
  return useQuery(publicCertificateQueryOptions(number));
}
