import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormModal } from '@/components/FormModal';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { notify } from '@/lib/notify';
import { useDeleteTemplate } from '../api/delete-template';
import type { QuestionTemplate } from '../api/types';
import { useUpdateTemplate } from '../api/update-template';
import { QuestionForm } from './QuestionForm';

/** Changing the prompt and options of a bank question (its kind stays); open while `template`. */
export function EditTemplateDialog({
  template,
  onClose,
}: {
  template: QuestionTemplate | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateTemplate();
  return (
    <FormModal
      item={template}
      title={t('bank.editTitle')}
      size="lg"
      mutation={update}
      onClose={onClose}
    >
      {(template, close) => (
        <QuestionForm
          key={template.id}
          initial={template}
          kindEditable={false}
          submitLabel={t('common.save')}
          busy={update.isPending}
          error={update.error}
          onCancel={close}
          onSubmit={(v) =>
            update.mutate(
              { templateId: template.id, prompt: v.prompt, options: v.options },
              {
                onSuccess: () => {
                  notify(t('bank.saved'));
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

/** Removing a bank question, after asking; open while `template`. Rooms keep their copies. */
export function RemoveTemplateDialog({
  template,
  onClose,
}: {
  template: QuestionTemplate | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useConfirmAction(useDeleteTemplate(), onClose);
  return (
    <ConfirmDialog
      opened={template !== null}
      title={t('bank.removeTitle')}
      confirmLabel={t('bank.remove')}
      danger
      {...remove.dialogProps}
      onConfirm={() => template && remove.confirm(template.id, () => notify(t('bank.removed')))}
    >
      {t('bank.removeConfirm', { prompt: template?.prompt ?? '' })}
    </ConfirmDialog>
  );
}
