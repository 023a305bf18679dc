import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useAfterFollowUpChange } from './after-follow-up-change';
import type { ReportSave } from './types';

export function useSaveReport(id: number) {
  const after = useAfterFollowUpChange();
  return useMutation({
    mutationFn: (body: ReportSave) =>
      unwrap(
        client.PUT('/api/v1/follow-ups/{follow_up_id}/report', {
          params: { path: { follow_up_id: id } },
          body,
        }),
      ),
    onSuccess: after,
  });
}
