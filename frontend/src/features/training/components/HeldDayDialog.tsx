import { NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { FormModal } from '@/components/FormModal';
import { formatDate } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { useMarkDayHeld } from '../api/mark-day-held';
import type { TrainingDay } from '../api/types';
import { momentsLabel } from './labels';

/**
 * Marking a planned day held, with how many took part (the working group's size as a hint).
 * Open while `day`; each opening starts with an empty count.
 */
export function HeldDayDialog({
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
  const { t } = useTranslation();
  const held = useMarkDayHeld(certificationId);
  return (
    <FormModal item={day} title={t('training.held.title')} mutation={held} onClose={onClose}>
      {(day, close) => <HeldDayForm day={day} groupSize={groupSize} held={held} onDone={close} />}
    </FormModal>
  );
}

function HeldDayForm({
  day,
  groupSize,
  held,
  onDone,
}: {
  day: TrainingDay;
  groupSize?: number | null;
  held: ReturnType<typeof useMarkDayHeld>;
  /** Cancelled or saved: the dialog closes. */
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [count, setCount] = useState<number | string>('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const n = Number(count);
    if (count === '' || !Number.isInteger(n) || n < 0) {
      setFieldError(t('training.held.countInvalid'));
      return;
    }
    held.mutate(
      { dayId: day.id, participantCount: n },
      {
        onSuccess: () => {
          notify(t('training.held.saved'));
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          {t('training.held.intro', {
            date: formatDate(day.date, i18n.language),
            moments: momentsLabel(t, day.moments),
          })}
        </Text>
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
        <FormActions
          onCancel={onDone}
          busy={held.isPending}
          submitLabel={t('training.held.submit')}
        />
      </Stack>
    </form>
  );
}
