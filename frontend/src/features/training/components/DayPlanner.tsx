import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { IcsLink } from '@/components/IcsLink';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { StatusBadge, type Tone } from '@/components/StatusBadge';
import { isApiError } from '@/lib/api';
import { formatDate, isIsoDate, todayIso } from '@/lib/dates';
import { applyServerErrors } from '@/lib/form';
import { notify } from '@/lib/notify';
import {
  useCancelTrainingDay,
  useMarkDayHeld,
  usePlanTrainingDay,
  useTrainingDays,
  useUpdateTrainingDay,
} from '../api/training-days';
import type { TrainingDay, TrainingDayWarning } from '../api/types';
import { EditErrorAlert } from './EditErrorAlert';
import { type DayEditValues, dayChanges, dayEditValues } from './edit-model';
import { combinationLabel, momentsLabel, warningText } from './labels';
import { COMBINATIONS, possibleCombinations } from './moments';

const DAY_TONES: Record<TrainingDay['status'], Tone> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'gray',
};

type Dialog =
  | { kind: 'held'; day: TrainingDay }
  | { kind: 'edit'; day: TrainingDay }
  | { kind: 'cancel'; day: TrainingDay }
  | null;

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
  const [dialog, setDialog] = useState<Dialog>(null);
  const today = todayIso();

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
                    {canPlan && (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {days.data.map((d) => {
                    const date = formatDate(d.date, i18n.language);
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
                        {liveRoom && (
                          <Table.Td>{d.status !== 'cancelled' && liveRoom(d, date)}</Table.Td>
                        )}
                        {canPlan && (
                          <Table.Td>
                            {d.status === 'planned' && (
                              <Group gap={6} wrap="nowrap">
                                {d.date <= today && (
                                  <Button
                                    size="compact-sm"
                                    onClick={() => setDialog({ kind: 'held', day: d })}
                                    aria-label={t('training.held.openNamed', { date })}
                                  >
                                    {t('training.held.open')}
                                  </Button>
                                )}
                                <Button
                                  size="compact-sm"
                                  variant="outline"
                                  onClick={() => setDialog({ kind: 'edit', day: d })}
                                  aria-label={t('training.edit.openNamed', { date })}
                                >
                                  {t('training.edit.open')}
                                </Button>
                                <Button
                                  size="compact-sm"
                                  variant="outline"
                                  color="red.9"
                                  onClick={() => setDialog({ kind: 'cancel', day: d })}
                                  aria-label={t('training.cancel.openNamed', { date })}
                                >
                                  {t('training.cancel.open')}
                                </Button>
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
      <HeldDialog
        certificationId={certificationId}
        day={dialog?.kind === 'held' ? dialog.day : null}
        groupSize={groupSize}
        onClose={() => setDialog(null)}
      />
      <EditDayDialog
        certificationId={certificationId}
        // The day as read now: after a conflict the list is read again and the dialog follows.
        day={
          dialog?.kind === 'edit'
            ? (days.data?.find((d) => d.id === dialog.day.id) ?? dialog.day)
            : null
        }
        onClose={() => setDialog(null)}
        onMoved={setWarnings}
      />
      <CancelDialog
        certificationId={certificationId}
        day={dialog?.kind === 'cancel' ? dialog.day : null}
        onClose={() => setDialog(null)}
      />
    </Paper>
  );
}

interface PlanValues {
  date: string;
  combination: string;
  location: string;
  notes: string;
}

function PlanDayForm({
  certificationId,
  days,
  onPlanned,
  onStart,
}: {
  certificationId: number;
  days: TrainingDay[];
  onPlanned: (warnings: TrainingDayWarning[]) => void;
  onStart: () => void;
}) {
  const { t } = useTranslation();
  const plan = usePlanTrainingDay(certificationId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<PlanValues>({
    initialValues: { date: '', combination: '', location: '', notes: '' },
    validate: {
      date: (v) => (isIsoDate(v) ? null : t('training.plan.dateRequired')),
      combination: (v) => (v ? null : t('training.plan.combinationRequired')),
    },
  });
  const remaining = possibleCombinations(days);
  const date = isIsoDate(form.values.date) ? form.values.date : undefined;
  const possible = possibleCombinations(days, date);
  // A combination that no longer fits the chosen date is dropped.
  const combination = possible.some((c) => c.key === form.values.combination)
    ? form.values.combination
    : '';

  const submit = form.onSubmit((values) => {
    setError(null);
    onStart();
    const chosen = COMBINATIONS.find((c) => c.key === combination);
    if (!chosen) {
      form.setFieldError('combination', t('training.plan.combinationRequired'));
      return;
    }
    plan.mutate(
      {
        date: values.date,
        moments: [...chosen.moments],
        location: values.location.trim(),
        notes: values.notes.trim(),
      },
      {
        onSuccess: (result) => {
          form.reset();
          notify(t('training.plan.saved'));
          onPlanned(result.warnings ?? []);
        },
        onError: (e) => {
          if (!applyServerErrors(form, t, e)) setError(e);
        },
      },
    );
  });

  if (remaining.length === 0) {
    return (
      <Text role="status" data-testid="all-moments-planned">
        {t('training.plan.allPlanned')}
      </Text>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-day-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="plan-day-title">
          {t('training.plan.title')}
        </Title>
        <ErrorAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('training.fields.date')}
            required
            {...form.getInputProps('date')}
          />
          <NativeSelect
            label={t('training.fields.combination')}
            required
            description={date && possible.length === 0 ? t('training.plan.noneOnDate') : undefined}
            data={[
              { value: '', label: t('training.plan.chooseCombination') },
              ...possible.map((c) => ({ value: c.key, label: combinationLabel(t, c.moments) })),
            ]}
            {...form.getInputProps('combination')}
            value={combination}
          />
          <TextInput
            label={t('training.fields.location')}
            autoComplete="off"
            {...form.getInputProps('location')}
          />
          <TextInput
            label={t('training.fields.notes')}
            autoComplete="off"
            {...form.getInputProps('notes')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={plan.isPending}>
            {t('training.plan.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function HeldDialog({
  certificationId,
  day,
  groupSize,
  onClose,
}: {
  certificationId: number;
  day: TrainingDay | null;
  groupSize?: number | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const held = useMarkDayHeld(certificationId);
  const [count, setCount] = useState<number | string>('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const close = () => {
    setCount('');
    setFieldError(null);
    held.reset();
    onClose();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const n = Number(count);
    if (count === '' || !Number.isInteger(n) || n < 0) {
      setFieldError(t('training.held.countInvalid'));
      return;
    }
    if (!day) return;
    held.mutate(
      { dayId: day.id, participantCount: n },
      {
        onSuccess: () => {
          notify(t('training.held.saved'));
          close();
        },
      },
    );
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={day !== null}
      onClose={close}
      title={t('training.held.title')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {day && (
            <Text>
              {t('training.held.intro', {
                date: formatDate(day.date, i18n.language),
                moments: momentsLabel(t, day.moments),
              })}
            </Text>
          )}
          <ErrorAlert error={held.error} />
          <NumberInput
            label={t('training.fields.participants')}
            description={
              groupSize ? t('training.held.groupSizeHint', { count: groupSize }) : undefined
            }
            required
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={count}
            onChange={(v) => {
              setCount(v);
              setFieldError(null);
            }}
            error={fieldError}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={held.isPending}>
              {t('training.held.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EditDayDialog({
  certificationId,
  day,
  onClose,
  onMoved,
}: {
  certificationId: number;
  day: TrainingDay | null;
  onClose: () => void;
  onMoved: (warnings: TrainingDayWarning[]) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateTrainingDay(certificationId);
  const close = () => {
    update.reset();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={day !== null}
      onClose={close}
      title={t('training.edit.title')}
    >
      {day && (
        // A new version (read again after a conflict) starts the form from what is saved.
        <EditDayForm
          key={`${day.id}-${day.version}`}
          day={day}
          update={update}
          onCancel={close}
          onSaved={(warnings) => {
            onMoved(warnings);
            close();
          }}
        />
      )}
    </Modal>
  );
}

function EditDayForm({
  day,
  update,
  onCancel,
  onSaved,
}: {
  day: TrainingDay;
  update: ReturnType<typeof useUpdateTrainingDay>;
  onCancel: () => void;
  onSaved: (warnings: TrainingDayWarning[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm<DayEditValues>({
    initialValues: dayEditValues(day),
    validate: {
      date: (v) => (isIsoDate(v) ? null : t('training.plan.dateRequired')),
    },
  });
  const submit = form.onSubmit((values) => {
    const changes = dayChanges(day, values);
    if (!changes) {
      onSaved([]);
      return;
    }
    update.mutate(
      { dayId: day.id, ...changes },
      {
        onSuccess: (result) => {
          notify(t('training.edit.saved'));
          onSaved(result.warnings ?? []);
        },
        onError: (e) => {
          if (!isApiError(e, 409)) applyServerErrors(form, t, e);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          {t('training.edit.intro', {
            date: formatDate(day.date, i18n.language),
            moments: momentsLabel(t, day.moments),
          })}
        </Text>
        <EditErrorAlert error={update.error} what={t('training.edit.what')} />
        <TextInput
          type="date"
          label={t('training.fields.date')}
          description={t('training.edit.dateHint')}
          required
          data-autofocus
          {...form.getInputProps('date')}
        />
        <TextInput
          label={t('training.fields.location')}
          autoComplete="off"
          maxLength={200}
          {...form.getInputProps('location')}
        />
        <Textarea
          label={t('training.fields.notes')}
          autosize
          minRows={2}
          maxLength={5000}
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CancelDialog({
  certificationId,
  day,
  onClose,
}: {
  certificationId: number;
  day: TrainingDay | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const cancel = useCancelTrainingDay(certificationId);
  const close = () => {
    cancel.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={day !== null}
      title={t('training.cancel.title')}
      confirmLabel={t('training.cancel.submit')}
      danger
      busy={cancel.isPending}
      error={cancel.error}
      reason={{ label: t('training.cancel.reason') }}
      onClose={close}
      onConfirm={(reason) =>
        day &&
        cancel.mutate(
          { dayId: day.id, reason },
          {
            onSuccess: () => {
              notify(t('training.cancel.saved'));
              close();
            },
          },
        )
      }
    >
      {day
        ? t('training.cancel.confirm', {
            date: formatDate(day.date, i18n.language),
            moments: momentsLabel(t, day.moments),
          })
        : ''}
    </ConfirmDialog>
  );
}
