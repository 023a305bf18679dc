import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CalendarEventKind, icsPath } from '@/lib/calendar';

/**
 * "Lägg till i kalender (.ics)": downloads one event for the user's calendar app. `what` names the
 * event for screen readers (the visible text starts the accessible name, WCAG 2.5.3).
 */
export function IcsLink({ kind, id, what }: { kind: CalendarEventKind; id: number; what: string }) {
  const { t } = useTranslation();
  const text = t('calendar.addToCalendar');
  return (
    <Anchor
      href={icsPath(kind, id)}
      download
      size="sm"
      aria-label={`${text}: ${what}`}
      data-testid="ics-link"
    >
      {text}
    </Anchor>
  );
}
