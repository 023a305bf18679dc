import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { DOCUMENTS_KEY } from '@/lib/query-keys';
import { multipart, useRefreshLists } from './refresh-lists';

/** A new version of a document; decisions on findings that still occur are carried forward. */
export function useUploadVersion(certificationId: number, documentId: number) {
  const refresh = useRefreshLists(certificationId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        client.POST('/api/v1/documents/{document_id}/versions', {
          params: { path: { document_id: documentId } },
          ...multipart(form),
        }),
      );
    },
    onSuccess: async () => {
      // The previous version is superseded now: whatever was cached of it is stale.
      await queryClient.invalidateQueries({ queryKey: [...DOCUMENTS_KEY, 'versions'] });
      await refresh(documentId);
    },
  });
}
