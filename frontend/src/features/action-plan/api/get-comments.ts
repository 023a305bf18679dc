import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { client, unwrap } from '@/lib/api';
import { certificationPartKey } from '@/lib/query-keys';
import type { PlanComment } from './types';

/** Comments are read a page at a time, newest first; "Visa fler" reads the next page. */
export const COMMENTS_PAGE_SIZE = 50;

export const commentsKey = (certificationId: number) =>
  certificationPartKey(certificationId, 'plan', 'comments');

export const commentsQueryOptions = (certificationId: number) =>
  infiniteQueryOptions({
    queryKey: commentsKey(certificationId),
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/plan/comments', {
          params: {
            path: { certification_id: certificationId },
            query: { page: pageParam, page_size: COMMENTS_PAGE_SIZE },
          },
        }),
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.page_size < last.total ? last.page + 1 : undefined,
  });

/** What the plan's screens need of the comment pages read so far. */
export interface LoadedComments {
  /** Every comment read so far, each once (a comment written meanwhile can move one down a page). */
  comments: PlanComment[];
  /** How many comments the plan has in all. */
  total: number;
  hasMore: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  error: unknown;
}

export function usePlanComments(certificationId: number): LoadedComments {
  const query = useInfiniteQuery(commentsQueryOptions(certificationId));
  const comments = useMemo(() => {
    const byId = new Map<number, PlanComment>();
    for (const page of query.data?.pages ?? []) {
      for (const c of page.items) byId.set(c.id, c);
    }
    return [...byId.values()];
  }, [query.data]);
  const pages = query.data?.pages;
  return {
    comments,
    total: pages && pages.length > 0 ? pages[pages.length - 1].total : 0,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    loadingMore: query.isFetchingNextPage,
    error: query.error ?? null,
  };
}
