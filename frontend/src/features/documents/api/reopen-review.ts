import { client, unwrap } from '@/lib/api';
import { useReviewStep } from './review-step';
import type { Version } from './types';

export function useReopenReview(
  certificationId: number,
  version: Pick<Version, 'id' | 'document_id'>,
) {
  return useReviewStep(certificationId, version, (id) =>
    unwrap(
      client.POST('/api/v1/document-versions/{version_id}/reopen', {
        params: { path: { version_id: id } },
      }),
    ),
  );
}
