import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTrainingDays } from '@/api/get-training-days';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import type { TrainingDay, TrainingDayWarning } from '../api/types';
import { CancelDayDialog } from './CancelDayDialog';
import { EditDayDialog } from './EditDayDialog';
import { HeldDayDialog } from './HeldDayDialog';
import { warningText } from './labels';
import { PlanDayForm } from './PlanDayForm';
import { type DayAction, TrainingDaysTable } from './TrainingDaysTable';

/**
 * The training days of a certification. Those who may plan get the planner: a date and one of the
 * moment combinations still possible; after saving, the API's warnings (a short reflection gap)
 * stay visible until the next change. A planned day can be changed (date, place, notes), marked
 * held or cancelled. `liveRoom` adds a column with the day's live room (the
 * routes pass the live feature's button for those who run the training).
 */
export function DayPlanner({
  certificationId,
  canPlan,
  groupSize,
  liveRoom,
}: {
  certificationId: number;
  canPlan: boolean;
  groupSize?: number | null;
  liveRoom?: (day: TrainingDay, dateLabel: string) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const days = useTrainingDays(certificationId);
  const [warnings, setWarnings] = useState<TrainingDayWarning[]>([]);
  const [dialog, setDialog] = useState<{ action: DayAction; day: TrainingDay } | null>(null);
  const dayFor = (action: DayAction) => (dialog?.action === action ? dialog.day : null);
  const closeDialog = () => setDialog(null);
  // The day as read now: after a conflict the list is read again and the dialog follows.
  const edited = dayFor('edit');
  const editing = edited && (days.data?.find((d) => d.id === edited.id) ?? edited);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="training-days-title">
      <Title order={2} size="h3" id="training-days-title" mb="sm">
        {t('training.days.title')}
      </Title>
      {days.isPending ? (
        <Loading />
      ) : days.isError ? (
        <ErrorAlert error={days.error} />
      ) : (
        <Stack>
          {warnings.length > 0 && (
            <Alert
              color="yellow"
              title={t('training.warnings.title')}
              role="alert"
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={() => setWarnings([])}
              data-testid="training-warnings"
            >
              <List size="sm">
                {warnings.map((w) => (
                  <List.Item key={`${w.code}-${w.other_date ?? ''}`}>
                    {warningText(t, w, i18n.language)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {days.data.length === 0 ? (
            <Text>{t('training.days.empty')}</Text>
          ) : (
            <TrainingDaysTable
              days={days.data}
              canPlan={canPlan}
              liveRoom={liveRoom}
              onAction={(action, day) => setDialog({ action, day })}
            />
          )}
          {canPlan && (
            <PlanDayForm
              certificationId={certificationId}
              days={days.data}
              onPlanned={setWarnings}
              onStart={() => setWarnings([])}
            />
          )}
        </Stack>
      )}
      <HeldDayDialog
        certificationId={certificationId}
        day={dayFor('held')}
        groupSize={groupSize}
        onClose={closeDialog}
      />
      <EditDayDialog
        certificationId={certificationId}
        day={editing}
        onClose={closeDialog}
        onMoved={setWarnings}
      />
      <CancelDayDialog
        certificationId={certificationId}
        day={dayFor('cancel')}
        onClose={closeDialog}
      />
    </Paper>
  );
}
