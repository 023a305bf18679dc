import {
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { formatDate, formatMonth, todayIso } from '@/lib/dates';
import { useCalendarEvents } from '../api/get-calendar-events';
import type { CalendarEvent } from '../api/types';
import classes from './calendar.module.css';
import {
  byDate,
  GRID_KEYS,
  type GridKey,
  gridRange,
  monthGrid,
  monthStart,
  moveFocus,
  sameMonth,
} from './calendar-grid';
import { eventLabel } from './event-label';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The page an event leads to. */
function EventLink({ event, children }: { event: CalendarEvent; children: React.ReactNode }) {
  switch (event.kind) {
    case 'follow-up':
      return (
        <AnchorLink to="/follow-ups/$followUpId" params={{ followUpId: event.id }}>
          {children}
        </AnchorLink>
      );
    case 'review':
      return (
        <AnchorLink to="/reviews/$reviewId" params={{ reviewId: event.id }}>
          {children}
        </AnchorLink>
      );
    default:
      return (
        <AnchorLink
          to="/certifications/$certificationId"
          params={{ certificationId: event.certification_id }}
          search={{ tab: event.kind === 'training-day' ? 'training' : 'sessions' }}
        >
          {children}
        </AnchorLink>
      );
  }
}

/**
 * A month of training days, workshops, follow-up due dates and reviews: a grid one moves through
 * with the arrow keys (Home/End: the week's ends, Page Up/Down: months; Enter shows the day), and
 * beside it the same events as a table, which is what screen readers are best served by.
 */
export function CalendarView({ initialDate }: { initialDate?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const today = todayIso();
  const [focused, setFocused] = useState(initialDate ?? today);
  const [selected, setSelected] = useState<string | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const month = monthStart(focused);
  const weeks = monthGrid(month);
  const { from, to } = gridRange(month);
  const events = useCalendarEvents(from, to);
  const gridRef = useRef<HTMLTableElement>(null);
  const titleId = useId();
  const list = events.data ?? [];
  const days = byDate(list);
  const inMonth = list.filter((e) => sameMonth(e.date, month));

  // The focused cell follows the keyboard (also into another month's grid).
  useEffect(() => {
    if (!keyboard) return;
    gridRef.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused, keyboard]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableCellElement>, date: string) => {
    if (GRID_KEYS.includes(e.key)) {
      e.preventDefault();
      setKeyboard(true);
      setFocused(moveFocus(date, e.key as GridKey));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      setSelected(date);
    }
  };

  const go = (date: string) => {
    setKeyboard(false);
    setFocused(date);
  };

  const dayEvents = selected ? (days.get(selected) ?? []) : [];

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" wrap="wrap" gap="xs" mb="sm">
        <Title order={2} size="h3" id={titleId}>
          {t('calendar.title', { month: formatMonth(month, lang) })}
        </Title>
        <Group gap={6} wrap="wrap">
          <Button
            size="compact-sm"
            variant="outline"
            onClick={() => go(moveFocus(focused, 'PageUp'))}
          >
            {t('calendar.previous')}
          </Button>
          <Button size="compact-sm" variant="outline" onClick={() => go(today)}>
            {t('calendar.today')}
          </Button>
          <Button
            size="compact-sm"
            variant="outline"
            onClick={() => go(moveFocus(focused, 'PageDown'))}
          >
            {t('calendar.next')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" mb="sm" id={`${titleId}-help`}>
        {t('calendar.keyboardHelp')}
      </Text>
      <ErrorAlert error={events.error} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm" style={{ minWidth: 0 }}>
          <table
            ref={gridRef}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a date grid (WAI-ARIA grid pattern)
            role="grid"
            className={classes.grid}
            aria-labelledby={titleId}
            aria-describedby={`${titleId}-help`}
            data-testid="calendar-grid"
          >
            <thead>
              <tr>
                {WEEKDAYS.map((d) => (
                  <th key={d} scope="col">
                    <abbr title={t(`calendar.weekdays.${d}`)}>
                      {t(`calendar.weekdaysShort.${d}`)}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]}>
                  {week.map((date) => {
                    const count = days.get(date)?.length ?? 0;
                    const label = `${formatDate(date, lang)}, ${t('calendar.eventCount', { count })}`;
                    return (
                      <td
                        key={date}
                        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a date grid cell (WAI-ARIA grid pattern)
                        role="gridcell"
                        className={classes.cell}
                        tabIndex={date === focused ? 0 : -1}
                        aria-selected={date === selected}
                        aria-current={date === today ? 'date' : undefined}
                        aria-label={label}
                        data-date={date}
                        data-outside={sameMonth(date, month) ? undefined : true}
                        onClick={() => {
                          setFocused(date);
                          setSelected(date);
                        }}
                        onKeyDown={(e) => onKeyDown(e, date)}
                      >
                        <div className={classes.day} aria-hidden="true">
                          {Number(date.slice(8))}
                        </div>
                        {count > 0 && (
                          <span className={classes.count} aria-hidden="true">
                            {count}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <div aria-live="polite" data-testid="calendar-day">
            {selected && (
              <Stack gap={4}>
                <Text fw={600}>{formatDate(selected, lang)}</Text>
                {dayEvents.length === 0 ? (
                  <Text size="sm">{t('calendar.noEventsDay')}</Text>
                ) : (
                  <List size="sm">
                    {dayEvents.map((e) => (
                      <List.Item key={`${e.kind}-${e.id}`}>
                        <EventLink event={e}>
                          {eventLabel(t, e)}: {e.organisation_name}
                        </EventLink>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            )}
          </div>
        </Stack>
        <div style={{ minWidth: 0 }}>
          <Title order={3} size="h4" mb="xs">
            {t('calendar.listTitle', { month: formatMonth(month, lang) })}
          </Title>
          {events.isPending ? (
            <Loading />
          ) : inMonth.length === 0 ? (
            <Text>{t('calendar.noEvents')}</Text>
          ) : (
            <ScrollTable
              minWidth={420}
              label={t('calendar.listTitle', { month: formatMonth(month, lang) })}
            >
              <Table striped data-testid="calendar-list">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('calendar.fields.date')}</Table.Th>
                    <Table.Th scope="col">{t('calendar.fields.what')}</Table.Th>
                    <Table.Th scope="col">{t('calendar.fields.organisation')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {inMonth.map((e) => (
                    <Table.Tr key={`${e.kind}-${e.id}`}>
                      <Table.Td>{formatDate(e.date, lang)}</Table.Td>
                      <Table.Td>
                        <EventLink event={e}>
                          {eventLabel(t, e)}
                          <VisuallyHidden>: {e.organisation_name}</VisuallyHidden>
                        </EventLink>
                      </Table.Td>
                      <Table.Td>{e.organisation_name}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </div>
      </SimpleGrid>
    </Paper>
  );
}
