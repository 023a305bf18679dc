/** What a single calendar event can be (`GET /api/v1/calendar/events/{kind}/{id}.ics`). */
export type CalendarEventKind = 'training-day' | 'session' | 'follow-up' | 'review';

/** The .ics of one event: training day, workshop or supervision, follow-up due date, review. */
export function icsPath(kind: CalendarEventKind, id: number): string {
  return `/api/v1/calendar/events/${kind}/${encodeURIComponent(id)}.ics`;
}
