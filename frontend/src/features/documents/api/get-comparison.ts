import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { documentKey } from '@/lib/query-keys';
import { useLocale } from './locale';
import type { Locale } from './types';

export const comparisonQueryOptions = (
  documentId: number,
  from: number | null,
  to: number | null,
  locale: Locale,
) =>
  queryOptions({
    queryKey: [...documentKey(documentId), 'compare', from, to, locale],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/documents/{document_id}/compare', {
          params: {
            path: { document_id: documentId },
            query: { from_version: from ?? 0, to_version: to ?? 0, locale },
          },
        }),
      ),
  });

/** Findings resolved, new and remaining between two version numbers of a document. */
export function useComparison(documentId: number, from: number | null, to: number | null) {
  const locale = useLocale();
  return useQuery({
    ...comparisonQueryOptions(documentId, from, to, locale),
    enabled: from !== null && to !== null && from !== to,
  });
}
