import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_CHOICES, useUsers } from '@/api/get-users';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { isApiError } from '@/lib/api';
import { isIsoDate } from '@/lib/dates';
import { notify } from '@/lib/notify';
import type { Review } from '../api/types';
import { useUpdateReview } from '../api/update-review';

/** "Boka om": another date, notes and (for admins) another auditor, on the review's version. */
export function RescheduleForm({
  review,
  canAssign,
  onDone,
}: {
  review: Review;
  canAssign: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateReview(review.id);
  // Admins choose the auditor (the user list is an admin endpoint).
  const auditors = useUsers({ role: 'auditor', ...ROLE_CHOICES }, canAssign);
  const [date, setDate] = useState(review.scheduled_on);
  const [auditorId, setAuditorId] = useState(review.auditor_id ? String(review.auditor_id) : '');
  const [notes, setNotes] = useState(review.notes ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  const conflict = isApiError(update.error, 409) && update.error.code === 'version_conflict';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!isIsoDate(date)) {
          setDateError(t('recert.schedule.dateRequired'));
          return;
        }
        update.mutate(
          {
            version: review.version,
            scheduled_on: date,
            auditor_id: canAssign && auditorId ? Number(auditorId) : undefined,
            notes: notes.trim(),
          },
          {
            onSuccess: () => {
              notify(t('recert.review.rescheduled'));
              onDone();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        {conflict ? (
          <ErrorAlert error={update.error} title={t('recert.review.conflict')} />
        ) : (
          <ErrorAlert error={update.error} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('recert.fields.scheduledOn')}
            required
            value={date}
            onChange={(e) => {
              setDate(e.currentTarget.value);
              setDateError(null);
            }}
            error={dateError}
          />
          {canAssign && (
            <NativeSelect
              label={t('recert.fields.auditor')}
              value={auditorId}
              onChange={(e) => setAuditorId(e.currentTarget.value)}
              data={[
                { value: '', label: t('recert.schedule.chooseAuditor') },
                ...(auditors.data?.items ?? []).map((u) => ({
                  value: String(u.id),
                  label: `${u.full_name} (${u.email})`,
                })),
              ]}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('recert.fields.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <FormActions onCancel={onDone} busy={update.isPending} />
      </Stack>
    </form>
  );
}
