import { client, unwrap } from '@/lib/api';
import { useReviewStep } from './review-step';
import type { Version } from './types';

export function useFinishReview(
  certificationId: number,
  version: Pick<Version, 'id' | 'document_id'>,
) {
  return useReviewStep(certificationId, version, (id, summary) =>
    unwrap(
      client.POST('/api/v1/document-versions/{version_id}/finish', {
        params: { path: { version_id: id } },
        body: { summary },
      }),
    ),
  );
}
