import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useRefetchFollowUp } from './after-follow-up-change';

export function useRemoveAttachment(id: number) {
  const refetch = useRefetchFollowUp(id);
  return useMutation({
    mutationFn: (attachmentId: number) =>
      unwrap(
        client.DELETE('/api/v1/follow-up-attachments/{attachment_id}', {
          params: { path: { attachment_id: attachmentId } },
        }),
      ),
    onSuccess: refetch,
  });
}
