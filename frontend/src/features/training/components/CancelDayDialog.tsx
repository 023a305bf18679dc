import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { formatDate } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { useCancelTrainingDay } from '../api/cancel-training-day';
import type { TrainingDay } from '../api/types';
import { momentsLabel } from './labels';

/** Cancelling a planned day, after asking (with an optional reason); open while `day`. */
export function CancelDayDialog({
  certificationId,
  day,
  onClose,
}: {
  certificationId: number;
  day: TrainingDay | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const cancel = useConfirmAction(useCancelTrainingDay(certificationId), onClose);
  return (
    <ConfirmDialog
      opened={day !== null}
      title={t('training.cancel.title')}
      confirmLabel={t('training.cancel.submit')}
      danger
      {...cancel.dialogProps}
      reason={{ label: t('training.cancel.reason') }}
      onConfirm={(reason) =>
        day && cancel.confirm({ dayId: day.id, reason }, () => notify(t('training.cancel.saved')))
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
