import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';

export const documentsKey = (certificationId: number) =>
  certificationPartKey(certificationId, 'documents');

export const documentsQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: documentsKey(certificationId),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/documents', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

/** A certification's documents, each at its current version, with counts and allowed actions. */
export function useDocuments(certificationId: number) {
  return useQuery(documentsQueryOptions(certificationId));
}
