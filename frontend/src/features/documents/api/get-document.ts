import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { documentKey } from '@/lib/query-keys';

export const documentQueryOptions = (documentId: number) =>
  queryOptions({
    queryKey: documentKey(documentId),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/documents/{document_id}', {
          params: { path: { document_id: documentId } },
        }),
      ),
  });

/** A document with its versions (for the version list and the comparison). */
export function useDocument(documentId: number | undefined) {
  return useQuery({ ...documentQueryOptions(documentId ?? 0), enabled: documentId !== undefined });
}
