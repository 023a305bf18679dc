import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { CALENDAR_KEY } from '@/lib/query-keys';

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
