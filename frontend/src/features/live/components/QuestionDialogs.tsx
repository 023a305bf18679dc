import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormModal } from '@/components/FormModal';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { notify } from '@/lib/notify';
import { useDeleteQuestion } from '../api/delete-question';
import type { LiveQuestion } from '../api/types';
import { useUpdateQuestion } from '../api/update-question';
import { QuestionForm } from './QuestionForm';

/** Changing the prompt and options of a room's question nobody has answered (its kind stays). */
export function EditQuestionDialog({
  roomId,
  question,
  opened,
  onClose,
}: {
  roomId: number;
  question: LiveQuestion;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateQuestion(roomId);
  return (
    <FormModal
      item={opened ? question : null}
      title={t('live.question.editTitle')}
      size="lg"
      mutation={update}
      onClose={onClose}
    >
      {(q, close) => (
        <QuestionForm
          key={q.id}
          initial={q}
          kindEditable={false}
          submitLabel={t('common.save')}
          busy={update.isPending}
          error={update.error}
          onCancel={close}
          onSubmit={(v) =>
            // The version of the question as shown now: after a conflict it is the fresh one.
            update.mutate(
              { questionId: q.id, version: q.version, prompt: v.prompt, options: v.options },
              {
                onSuccess: () => {
                  notify(t('live.question.saved'));
                  close();
                },
              },
            )
          }
        />
      )}
    </FormModal>
  );
}

/** Removing a room's question nobody has answered, after asking. */
export function RemoveQuestionDialog({
  roomId,
  question,
  opened,
  onClose,
}: {
  roomId: number;
  question: LiveQuestion;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useConfirmAction(useDeleteQuestion(roomId), onClose);
  return (
    <ConfirmDialog
      opened={opened}
      title={t('live.question.removeTitle')}
      confirmLabel={t('live.question.remove')}
      danger
      {...remove.dialogProps}
      onConfirm={() => remove.confirm(question.id, () => notify(t('live.question.removed')))}
    >
      {t('live.question.removeConfirm', { prompt: question.prompt })}
    </ConfirmDialog>
  );
}
