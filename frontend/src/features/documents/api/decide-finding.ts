import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useRefreshLists } from './refresh-lists';
import type { Decision, Version } from './types';
import { recount, started, useUpdateVersion } from './version-cache';

export interface DecisionInput extends Decision {
  findingId: number;
}

/**
 * Accepts, dismisses or reopens a finding. The answer is merged into the cached version (its
 * explanation stays in the UI's language; the server words the answer in Swedish), the counts are
 * recomputed, and the lists are read again.
 */
export function useDecide(certificationId: number, version: Pick<Version, 'id' | 'document_id'>) {
  const update = useUpdateVersion(version.id);
  const refresh = useRefreshLists(certificationId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ findingId, ...body }: DecisionInput) =>
      unwrap(
        client.POST('/api/v1/document-findings/{finding_id}/decision', {
          params: { path: { finding_id: findingId } },
          body,
        }),
      ),
    onSuccess: async (finding, input) => {
      update((old) => {
        const findings = old.findings.map((f) =>
          f.id === finding.id
            ? {
                ...f,
                status: finding.status,
                note: finding.note,
                chosen_suggestion: finding.chosen_suggestion,
                decided_at: finding.decided_at,
              }
            : f,
        );
        return {
          ...old,
          status: started(old.status),
          findings,
          counts: recount(findings, old.counts.resolved),
        };
      });
      if (input.accept_term) {
        await queryClient.invalidateQueries({ queryKey: ['language-settings'] });
      }
      await refresh(version.document_id);
    },
  });
}
