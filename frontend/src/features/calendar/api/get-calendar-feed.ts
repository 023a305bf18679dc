import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, isApiError, unwrap } from '@/lib/api';
import { type Feed, feedKey } from './types';

export const calendarFeedQueryOptions = () =>
  queryOptions({
    queryKey: feedKey,
    queryFn: async (): Promise<Feed | null> => {
      try {
        return await unwrap(client.GET('/api/v1/users/me/calendar-feed'));
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });

/** The user's secret feed URL, or null when there is none (the API answers 404). */
export function useCalendarFeed() {
  return useQuery(calendarFeedQueryOptions());
}
