import { useQueryClient } from '@tanstack/react-query';
import { documentVersionKey } from '@/lib/query-keys';
import type { DocumentFinding, ReviewCounts, Version } from './types';

/** Counts by status and ground, as the server counts them, after a decision taken here. */
export function recount(findings: readonly DocumentFinding[], resolved: number): ReviewCounts {
  const zero = () => ({ open: 0, accepted: 0, dismissed: 0 });
  const counts: ReviewCounts = { by_status: zero(), by_ground: {}, resolved };
  for (const f of findings) {
    counts.by_status[f.status] += 1;
    const ground = counts.by_ground[f.ground] ?? zero();
    ground[f.status] += 1;
    counts.by_ground[f.ground] = ground;
  }
  return counts;
}

/** The version in every cached language, changed by `update` (a decision, a comment). */
export function useUpdateVersion(versionId: number) {
  const queryClient = useQueryClient();
  return (update: (version: Version) => Version) =>
    queryClient.setQueriesData<Version>({ queryKey: documentVersionKey(versionId) }, (old) =>
      old ? update(old) : old,
    );
}

/** The review moves on from "awaiting review" with the first decision or comment. */
export const started = (status: Version['status']): Version['status'] =>
  status === 'awaiting_review' ? 'in_review' : status;
