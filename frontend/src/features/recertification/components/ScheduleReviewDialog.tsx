import { Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_CHOICES, useUsers } from '@/api/get-users';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { formatDate, isIsoDate, todayIso } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { useScheduleReview } from '../api/schedule-review';
import type { RecertItem, Review } from '../api/types';

/**
 * Books the re-certification review of a certificate: a date and, for those who can list the
 * auditors (admins), the auditor (an auditor books reviews for themselves).
 */
export function ScheduleReviewDialog({
  item,
  canChooseAuditor: canAssign,
  onClose,
  onScheduled,
}: {
  item: RecertItem;
  canChooseAuditor: boolean;
  onClose: () => void;
  onScheduled: (review: Review) => void;
}) {
  const { t, i18n } = useTranslation();
  const schedule = useScheduleReview(item.certificate.id);
  // Admins choose the auditor (the user list is an admin endpoint).
  const auditors = useUsers({ role: 'auditor', ...ROLE_CHOICES }, canAssign);
  const [date, setDate] = useState('');
  const [auditorId, setAuditorId] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<{ date?: string; auditor?: string }>({});

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const found: typeof errors = {};
    if (!isIsoDate(date)) found.date = t('recert.schedule.dateRequired');
    else if (date < todayIso()) found.date = t('recert.schedule.dateInPast');
    if (canAssign && !auditorId) found.auditor = t('recert.schedule.auditorRequired');
    setErrors(found);
    if (found.date || found.auditor) return;
    schedule.mutate(
      {
        scheduled_on: date,
        auditor_id: canAssign ? Number(auditorId) : null,
        notes: notes.trim(),
      },
      {
        onSuccess: (review) => {
          notify(t('recert.schedule.done', { date: formatDate(date, i18n.language) }));
          onScheduled(review);
        },
      },
    );
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('recert.schedule.title', { name: item.organisation_name })}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {t('recert.schedule.intro', {
              number: item.certificate.number,
              date: formatDate(item.certificate.valid_until, i18n.language),
            })}
          </Text>
          <ErrorAlert error={schedule.error} />
          <TextInput
            type="date"
            label={t('recert.fields.scheduledOn')}
            required
            value={date}
            min={todayIso()}
            max={item.certificate.valid_until}
            onChange={(e) => {
              setDate(e.currentTarget.value);
              setErrors((x) => ({ ...x, date: undefined }));
            }}
            error={errors.date}
            data-autofocus
          />
          {canAssign && (
            <NativeSelect
              label={t('recert.fields.auditor')}
              required
              value={auditorId}
              onChange={(e) => {
                setAuditorId(e.currentTarget.value);
                setErrors((x) => ({ ...x, auditor: undefined }));
              }}
              error={errors.auditor}
              description={auditors.isError ? t('recert.schedule.auditorsFailed') : undefined}
              data={[
                { value: '', label: t('recert.schedule.chooseAuditor') },
                ...(auditors.data?.items ?? [])
                  .filter((u) => u.is_active)
                  .map((u) => ({ value: String(u.id), label: `${u.full_name} (${u.email})` })),
              ]}
            />
          )}
          <Textarea
            label={t('recert.fields.notes')}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <FormActions
            onCancel={onClose}
            busy={schedule.isPending}
            submitLabel={t('recert.schedule.submit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
