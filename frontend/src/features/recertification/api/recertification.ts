import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import {
  CALENDAR_KEY,
  certificationKey,
  certificationPartKey,
  RECERTIFICATION_KEY,
} from '@/lib/query-keys';
import type { Decision, RecertWindow, Review, ReviewCreate, ReviewUpdate } from './types';

export const recertListQueryOptions = (window: RecertWindow, page = 1) =>
  queryOptions({
    queryKey: [...RECERTIFICATION_KEY, 'list', { window, page }],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/recertification/certificates', {
          params: { query: { window, page, page_size: 100 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** Certificates whose window is open (`open`), that expire within 60 days, or all current ones. */
export function useRecertList(window: RecertWindow) {
  return useQuery(recertListQueryOptions(window));
}

export const reviewKey = (id: number) => [...RECERTIFICATION_KEY, 'review', id] as const;

export const reviewQueryOptions = (id: number) =>
  queryOptions({
    queryKey: reviewKey(id),
    queryFn: () =>
      unwrap(client.GET('/api/v1/reviews/{review_id}', { params: { path: { review_id: id } } })),
  });

export function useReview(id: number) {
  return useQuery(reviewQueryOptions(id));
}

/** A certificate of another cycle (the new one after a renewal). */
export function useCertificateOf(certificationId: number | null | undefined) {
  return useQuery({
    queryKey: certificationPartKey(certificationId ?? 0, 'certificate'),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/certificate', {
          params: { path: { certification_id: certificationId ?? 0 } },
        }),
      ),
    enabled: !!certificationId,
  });
}

/** Auditors one can give a review to (admins only: the user list is an admin endpoint). */
export function useAuditors(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'list', { role: 'auditor', page: 1, pageSize: 100 }],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/users', {
          params: { query: { role: 'auditor', page: 1, page_size: 100 } },
        }),
      ),
    enabled,
  });
}

/** After a review changes: lists, the calendar and the certification (its timeline) refetch. */
function useAfterReviewChange() {
  const queryClient = useQueryClient();
  return (review: Review) => {
    queryClient.setQueryData(reviewKey(review.id), review);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...RECERTIFICATION_KEY, 'list'] }),
      queryClient.invalidateQueries({ queryKey: CALENDAR_KEY }),
      queryClient.invalidateQueries({ queryKey: certificationKey(review.certification_id) }),
    ]);
  };
}

export function useScheduleReview(certificateId: number) {
  const after = useAfterReviewChange();
  return useMutation({
    mutationFn: (body: ReviewCreate) =>
      unwrap(
        client.POST('/api/v1/certificates/{certificate_id}/reviews', {
          params: { path: { certificate_id: certificateId } },
          body,
        }),
      ),
    onSuccess: after,
  });
}

export function useUpdateReview(reviewId: number) {
  const after = useAfterReviewChange();
  return useMutation({
    mutationFn: (body: ReviewUpdate) =>
      unwrap(
        client.PATCH('/api/v1/reviews/{review_id}', {
          params: { path: { review_id: reviewId } },
          body,
        }),
      ),
    onSuccess: after,
  });
}

export function useDecideReview(reviewId: number) {
  const after = useAfterReviewChange();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Decision) =>
      unwrap(
        client.POST('/api/v1/reviews/{review_id}/decide', {
          params: { path: { review_id: reviewId } },
          body,
        }),
      ),
    onSuccess: async (result) => {
      if (result.certificate && result.next_certification_id) {
        queryClient.setQueryData(
          certificationPartKey(result.next_certification_id, 'certificate'),
          result.certificate,
        );
      }
      // A renewal opens the next cycle: every certification list changes.
      await queryClient.invalidateQueries({ queryKey: ['certifications', 'list'] });
      return after(result.review);
    },
  });
}

/** The reviews of one certificate (for the certification's timeline and the review links). */
export function useCertificateReviews(certificateId: number | null | undefined) {
  return useQuery({
    queryKey: [...RECERTIFICATION_KEY, 'certificate-reviews', certificateId ?? 0],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certificates/{certificate_id}/reviews', {
          params: { path: { certificate_id: certificateId ?? 0 } },
        }),
      ),
    enabled: !!certificateId,
  });
}
