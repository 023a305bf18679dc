import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationKey } from '@/lib/query-keys';

export const certificationQueryOptions = (id: number) =>
  queryOptions({
    queryKey: certificationKey(id),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}', {
          params: { path: { certification_id: id } },
        }),
      ),
  });

export function useCertification(id: number) {
  return useQuery(certificationQueryOptions(id));
}
