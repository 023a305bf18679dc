import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiResponse, client, isApiError, unwrap } from '@/lib/api';
import { CALENDAR_KEY } from '@/lib/query-keys';

export type CalendarEvent = ApiResponse<'/api/v1/calendar/events', 'get'>[number];
export type CalendarEventKind = CalendarEvent['kind'];
export type Feed = ApiResponse<'/api/v1/users/me/calendar-feed', 'get'>;

export const calendarEventsQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: [...CALENDAR_KEY, 'events', { from, to }],
    queryFn: () =>
      unwrap(client.GET('/api/v1/calendar/events', { params: { query: { from, to } } })),
  });

/** Training days, workshops, follow-up due dates and reviews between two dates (inclusive). */
export function useCalendarEvents(from: string, to: string) {
  return useQuery(calendarEventsQueryOptions(from, to));
}

const feedKey = [...CALENDAR_KEY, 'feed'] as const;

/** The user's secret feed URL, or null when there is none (the API answers 404). */
export function useCalendarFeed() {
  return useQuery({
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
}

/** A new secret URL; the old one stops working. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/v1/users/me/calendar-feed')),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, feed),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/v1/users/me/calendar-feed')),
    onSuccess: () => queryClient.setQueryData(feedKey, null),
  });
}
