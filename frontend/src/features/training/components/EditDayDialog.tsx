import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { FormModal } from '@/components/FormModal';
import { isApiError } from '@/lib/api';
import { formatDate, isIsoDate } from '@/lib/dates';
import { applyServerErrors } from '@/lib/form';
import { notify } from '@/lib/notify';
import type { TrainingDay, TrainingDayWarning } from '../api/types';
import { useUpdateTrainingDay } from '../api/update-training-day';
import { EditErrorAlert } from './EditErrorAlert';
import { type DayEditValues, dayChanges, dayEditValues } from './edit-model';
import { momentsLabel } from './labels';

/**
 * Changing a planned day's date, place and notes; open while `day`. A moved day may bring the
 * API's warnings (a short reflection gap), handed to `onMoved`.
 */
export function EditDayDialog({
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
  return (
    <FormModal item={day} title={t('training.edit.title')} mutation={update} onClose={onClose}>
      {(day, close) => (
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
    </FormModal>
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
        <FormActions onCancel={onCancel} busy={update.isPending} />
      </Stack>
    </form>
  );
}
