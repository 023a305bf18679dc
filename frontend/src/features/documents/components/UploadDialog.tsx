import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import type { DocumentKind } from '../api/types';
import { useUploadDocument } from '../api/upload-document';
import {
  DropZone,
  KindSelect,
  NewDocumentDialog,
  type NewDocumentDialogProps,
  TitleInput,
  titleFrom,
  useChosenFile,
  useNotifyAdded,
  Working,
} from './UploadFields';

/** "Ladda upp dokument": a file (dropped or chosen), its title and kind. */
export function UploadDialog({ certificationId, ...dialog }: NewDocumentDialogProps) {
  const { t } = useTranslation();
  const upload = useUploadDocument(certificationId);
  return (
    <NewDocumentDialog {...dialog} title={t('documents.upload.title')} mutation={upload}>
      {(close) => <UploadForm upload={upload} onClose={close} />}
    </NewDocumentDialog>
  );
}

function UploadForm({
  upload,
  onClose,
}: {
  upload: ReturnType<typeof useUploadDocument>;
  /** After uploading, and for "Avbryt". */
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notifyAdded = useNotifyAdded();
  const chosen = useChosenFile();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('policy');
  const [titleError, setTitleError] = useState<string | null>(null);
  const busy = upload.isPending;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const file = chosen.checked();
        const name = title.trim();
        setTitleError(name ? null : t('documents.upload.titleRequired'));
        if (!file || !name) return;
        upload.reset();
        upload.mutate(
          { file, title: name, kind },
          {
            onSuccess: (version) => {
              notifyAdded(name, version);
              onClose();
            },
          },
        );
      }}
    >
      <Stack>
        <DropZone
          file={chosen.file}
          disabled={busy}
          error={chosen.error}
          onFile={(f) => {
            chosen.choose(f);
            upload.reset();
            if (f && !title.trim()) setTitle(titleFrom(f.name));
          }}
        />
        <TitleInput
          value={title}
          onChange={(value) => {
            setTitle(value);
            setTitleError(null);
          }}
          error={titleError}
          disabled={busy}
        />
        <KindSelect value={kind} onChange={setKind} disabled={busy} />
        <Working active={busy} />
        <ErrorAlert error={upload.error} />
        <FormActions onCancel={onClose} busy={busy} submitLabel={t('documents.upload.submit')} />
      </Stack>
    </form>
  );
}
