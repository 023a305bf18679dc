import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useRefreshLists } from './refresh-lists';
import type { CommentCreate, PassageComment, Version } from './types';
import { started, useUpdateVersion } from './version-cache';

export function useComment(certificationId: number, version: Pick<Version, 'id' | 'document_id'>) {
  const update = useUpdateVersion(version.id);
  const refresh = useRefreshLists(certificationId);
  return useMutation({
    mutationFn: (body: CommentCreate) =>
      unwrap(
        client.POST('/api/v1/document-versions/{version_id}/comments', {
          params: { path: { version_id: version.id } },
          body,
        }),
      ),
    onSuccess: async (comment: PassageComment) => {
      update((old) => ({
        ...old,
        status: started(old.status),
        comments: [...old.comments, comment].sort((a, b) => a.start - b.start || a.id - b.id),
      }));
      await refresh(version.document_id);
    },
  });
}
