import { useQueryClient } from '@tanstack/react-query';
import { certificationPartKey, FOLLOW_UPS_KEY, followUpKey } from '@/lib/query-keys';
import type { FollowUp } from './types';

/** After a change: the follow-up itself is known; the lists and the certification's are refetched. */
export function useAfterFollowUpChange() {
  const queryClient = useQueryClient();
  return (followUp: FollowUp) => {
    queryClient.setQueryData(followUpKey(followUp.id), followUp);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...FOLLOW_UPS_KEY, 'list'] }),
      queryClient.invalidateQueries({
        queryKey: certificationPartKey(followUp.certification_id, 'follow-ups'),
      }),
    ]);
  };
}

/** Evidence files: the list lives in the follow-up, so a change refetches it. */
export function useRefetchFollowUp(id: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: followUpKey(id) });
}
