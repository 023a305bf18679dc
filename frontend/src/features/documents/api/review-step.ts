import { useMutation, useQueryClient } from '@tanstack/react-query';
import { documentVersionKey } from '@/lib/query-keys';
import { useRefreshLists } from './refresh-lists';
import type { Version } from './types';

/** Finishing or reopening answers with the version in Swedish: it is read again in the UI's. */
export function useReviewStep(
  certificationId: number,
  version: Pick<Version, 'id' | 'document_id'>,
  step: (versionId: number, summary: string) => Promise<Version>,
) {
  const refresh = useRefreshLists(certificationId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (summary: string) => step(version.id, summary),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: documentVersionKey(version.id) });
      await refresh(version.document_id);
    },
  });
}
