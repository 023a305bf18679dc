import { Button, Group, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IcsLink } from '@/components/IcsLink';
import { ScrollTable } from '@/components/ScrollTable';
import { StatusBadge, type Tone } from '@/components/StatusBadge';
import { allows } from '@/lib/authorization';
import { formatDate, todayIso } from '@/lib/dates';
import type { TrainingDay } from '../api/types';
import { momentsLabel } from './labels';

const DAY_TONES: Record<TrainingDay['status'], Tone> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'gray',
};

/** What can be done to a planned day; each opens its dialog. */
export type DayAction = 'held' | 'edit' | 'cancel';

/** The day's actions, as its `allowed_actions` say (a planned day, for admins and its trainers). */
function dayActions(d: TrainingDay, today: string) {
  return {
    // The server lists marking held for any planned day and refuses one still to come (409
    // training_day_in_future): it is offered from the day's date on.
    held: allows(d, 'training-day:mark_held') && d.date <= today,
    edit: allows(d, 'training-day:reschedule'),
    cancel: allows(d, 'training-day:cancel'),
  };
}

/**
 * The training days, one a row: moments, length, status, participants, place, notes and the
 * calendar file (and the live room, with `liveRoom`). A day offers what its `allowed_actions` say
 * through `onAction`: marking it held (from its date on), changing and cancelling it; the column
 * is there for those who may plan (`canPlan`) or act on a day.
 */
export function TrainingDaysTable({
  days,
  canPlan,
  liveRoom,
  onAction,
}: {
  days: TrainingDay[];
  canPlan: boolean;
  liveRoom?: (day: TrainingDay, dateLabel: string) => ReactNode;
  onAction: (action: DayAction, day: TrainingDay) => void;
}) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const actionsColumn = canPlan || days.some((d) => d.allowed_actions.length > 0);
  return (
    <ScrollTable minWidth={liveRoom ? 1040 : 900} label={t('training.days.title')}>
      <Table striped data-testid="training-days-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('training.fields.date')}</Table.Th>
            <Table.Th scope="col">{t('training.fields.moments')}</Table.Th>
            <Table.Th scope="col">{t('training.fields.length')}</Table.Th>
            <Table.Th scope="col">{t('training.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('training.fields.participants')}</Table.Th>
            <Table.Th scope="col">{t('training.fields.location')}</Table.Th>
            <Table.Th scope="col">{t('training.fields.notes')}</Table.Th>
            <Table.Th scope="col">{t('training.fields.calendar')}</Table.Th>
            {liveRoom && <Table.Th scope="col">{t('training.fields.liveRoom')}</Table.Th>}
            {actionsColumn && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {days.map((d) => {
            const date = formatDate(d.date, i18n.language);
            const can = dayActions(d, today);
            return (
              <Table.Tr key={d.id}>
                <Table.Th scope="row" fw={500}>
                  {date}
                </Table.Th>
                <Table.Td>{momentsLabel(t, d.moments)}</Table.Td>
                <Table.Td>{t(`training.length.${d.length}`)}</Table.Td>
                <Table.Td>
                  <StatusBadge
                    tone={DAY_TONES[d.status]}
                    label={t(`training.status.${d.status}`)}
                  />
                </Table.Td>
                <Table.Td>{d.participant_count ?? '–'}</Table.Td>
                <Table.Td>{d.location || '–'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', minWidth: 160 }}>
                  {d.notes || '–'}
                </Table.Td>
                <Table.Td>
                  {d.status !== 'cancelled' && (
                    <IcsLink
                      kind="training-day"
                      id={d.id}
                      what={t('training.icsName', {
                        date,
                        moments: momentsLabel(t, d.moments),
                      })}
                    />
                  )}
                </Table.Td>
                {/* A cancelled day has no live room (the server refuses one, training_day_cancelled,
                    and lists no action of the day's for it). */}
                {liveRoom && (
                  <Table.Td>{allows(d, 'training-day:open_room') && liveRoom(d, date)}</Table.Td>
                )}
                {actionsColumn && (
                  <Table.Td>
                    {(can.held || can.edit || can.cancel) && (
                      <Group gap={6} wrap="nowrap">
                        {can.held && (
                          <Button
                            size="compact-sm"
                            onClick={() => onAction('held', d)}
                            aria-label={t('training.held.openNamed', { date })}
                          >
                            {t('training.held.open')}
                          </Button>
                        )}
                        {can.edit && (
                          <Button
                            size="compact-sm"
                            variant="outline"
                            onClick={() => onAction('edit', d)}
                            aria-label={t('training.edit.openNamed', { date })}
                          >
                            {t('training.edit.open')}
                          </Button>
                        )}
                        {can.cancel && (
                          <Button
                            size="compact-sm"
                            variant="outline"
                            color="red.9"
                            onClick={() => onAction('cancel', d)}
                            aria-label={t('training.cancel.openNamed', { date })}
                          >
                            {t('training.cancel.open')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
