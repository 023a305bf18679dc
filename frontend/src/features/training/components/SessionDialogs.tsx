import { Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormActions } from '@/components/FormActions';
import { FormModal } from '@/components/FormModal';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { isApiError } from '@/lib/api';
import { formatDate, isIsoDate } from '@/lib/dates';
import { applyServerErrors } from '@/lib/form';
import { notify } from '@/lib/notify';
import { useDeleteSession } from '../api/delete-session';
import type { Session } from '../api/types';
import { useUpdateSession } from '../api/update-session';
import { EditErrorAlert } from './EditErrorAlert';
import { type SessionEditValues, sessionChanges, sessionEditValues } from './edit-model';

/** Changing a workshop's or supervision's date and notes; open while `session`. */
export function EditSessionDialog({
  certificationId,
  session,
  onClose,
}: {
  certificationId: number;
  session: Session | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateSession(certificationId);
  return (
    <FormModal
      item={session}
      title={session ? t(`sessions.editTitle.${session.kind}`) : ''}
      mutation={update}
      onClose={onClose}
    >
      {(session, close) => (
        // A new version (read again after a conflict) starts the form from what is saved.
        <EditSessionForm
          key={`${session.id}-${session.version}`}
          session={session}
          update={update}
          onCancel={close}
          onSaved={close}
        />
      )}
    </FormModal>
  );
}

function EditSessionForm({
  session,
  update,
  onCancel,
  onSaved,
}: {
  session: Session;
  update: ReturnType<typeof useUpdateSession>;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<SessionEditValues>({
    initialValues: sessionEditValues(session),
    validate: {
      date: (v) => (isIsoDate(v) ? null : t('training.plan.dateRequired')),
    },
  });
  const submit = form.onSubmit((values) => {
    const changes = sessionChanges(session, values);
    if (!changes) {
      onSaved();
      return;
    }
    update.mutate(
      { sessionId: session.id, ...changes },
      {
        onSuccess: () => {
          notify(t('sessions.saved'));
          onSaved();
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
        <EditErrorAlert error={update.error} what={t('sessions.what')} />
        <TextInput
          type="date"
          label={t('sessions.fields.date')}
          required
          data-autofocus
          {...form.getInputProps('date')}
        />
        <Textarea
          label={t('sessions.fields.notes')}
          autosize
          minRows={3}
          maxLength={5000}
          {...form.getInputProps('notes')}
        />
        <FormActions onCancel={onCancel} busy={update.isPending} />
      </Stack>
    </form>
  );
}

/** Removing a workshop or supervision, after asking; open while `session`. */
export function RemoveSessionDialog({
  certificationId,
  session,
  onClose,
}: {
  certificationId: number;
  session: Session | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const remove = useConfirmAction(useDeleteSession(certificationId), onClose);
  return (
    <ConfirmDialog
      opened={session !== null}
      title={t('sessions.removeTitle')}
      confirmLabel={t('sessions.remove')}
      danger
      {...remove.dialogProps}
      onConfirm={() => session && remove.confirm(session.id, () => notify(t('sessions.removed')))}
    >
      {session
        ? t('sessions.removeConfirm', {
            kind: t(`sessions.kinds.${session.kind}`),
            date: formatDate(session.date, i18n.language),
          })
        : ''}
    </ConfirmDialog>
  );
}
