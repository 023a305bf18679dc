import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { RECERTIFICATION_KEY } from '@/lib/query-keys';

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
