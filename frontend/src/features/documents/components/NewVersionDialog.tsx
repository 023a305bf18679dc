import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { FormModal } from '@/components/FormModal';
import { notify } from '@/lib/notify';
import type { DocumentSummary } from '../api/types';
import { useUploadVersion } from '../api/upload-version';
import { DropZone, useChosenFile, Working } from './UploadFields';

/** "Ladda upp ny version": decisions on findings that still occur follow the document. */
export function NewVersionDialog({
  certificationId,
  document,
  onClose,
}: {
  certificationId: number;
  document: DocumentSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      item={document}
      title={t('documents.version.title', { title: document?.title ?? '' })}
      mutation={{ reset: () => {} }}
      onClose={onClose}
      size="lg"
    >
      {(d, close) => (
        <NewVersionForm certificationId={certificationId} document={d} onDone={close} />
      )}
    </FormModal>
  );
}

function NewVersionForm({
  certificationId,
  document,
  onDone,
}: {
  certificationId: number;
  document: DocumentSummary;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadVersion(certificationId, document.id);
  const chosen = useChosenFile();
  const busy = upload.isPending;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const file = chosen.checked();
        if (!file) return;
        upload.mutate(file, {
          onSuccess: (version) => {
            notify(
              t('documents.version.done', {
                number: version.number,
                count: version.counts.resolved,
              }),
            );
            onDone();
          },
        });
      }}
    >
      <Stack>
        <Text size="sm">{t('documents.version.intro')}</Text>
        <DropZone
          file={chosen.file}
          disabled={busy}
          error={chosen.error}
          onFile={(f) => {
            chosen.choose(f);
            upload.reset();
          }}
        />
        <Working active={busy} />
        <ErrorAlert error={upload.error} />
        <FormActions onCancel={onDone} busy={busy} submitLabel={t('documents.upload.submit')} />
      </Stack>
    </form>
  );
}
