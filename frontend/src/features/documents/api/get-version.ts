import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { documentVersionKey } from '@/lib/query-keys';
import { useLocale } from './locale';
import type { Locale } from './types';

export const versionQueryOptions = (versionId: number, locale: Locale) =>
  queryOptions({
    queryKey: documentVersionKey(versionId, locale),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/document-versions/{version_id}', {
          params: { path: { version_id: versionId }, query: { locale } },
        }),
      ),
  });

/** One version: its text, blocks, findings (explained in the UI's language), comments. */
export function useVersion(versionId: number) {
  const locale = useLocale();
  return useQuery(versionQueryOptions(versionId, locale));
}
