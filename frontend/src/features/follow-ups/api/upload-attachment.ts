import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useRefetchFollowUp } from './after-follow-up-change';

export function useUploadAttachment(id: number) {
  const refetch = useRefetchFollowUp(id);
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        client.POST('/api/v1/follow-ups/{follow_up_id}/attachments', {
          params: { path: { follow_up_id: id } },
          // multipart: the browser sets the boundary; openapi-fetch passes FormData through.
          body: form as unknown as { file: string },
          bodySerializer: (body) => body as unknown as FormData,
        }),
      );
    },
    onSuccess: refetch,
  });
}

/** Where an evidence file downloads from (same origin: the session cookie goes along). */
export function attachmentUrl(attachmentId: number): string {
  return `/api/v1/follow-up-attachments/${encodeURIComponent(attachmentId)}`;
}
