import type { ApiResponse } from '@/lib/api';
import { CALENDAR_KEY } from '@/lib/query-keys';

export type CalendarEvent = ApiResponse<'/api/v1/calendar/events', 'get'>[number];
export type CalendarEventKind = CalendarEvent['kind'];
export type Feed = ApiResponse<'/api/v1/users/me/calendar-feed', 'get'>;

/** The user's calendar feed (null when there is none). */
export const feedKey = [...CALENDAR_KEY, 'feed'] as const;
