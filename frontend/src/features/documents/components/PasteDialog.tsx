import { Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { usePasteDocument } from '../api/paste-document';
import { type DocumentKind, MAX_PASTED_CHARACTERS } from '../api/types';
import {
  KindSelect,
  NewDocumentDialog,
  type NewDocumentDialogProps,
  TitleInput,
  useNotifyAdded,
  Working,
} from './UploadFields';

/** "Klistra in text": a document from pasted text, checked the same way. */
export function PasteDialog({ certificationId, ...dialog }: NewDocumentDialogProps) {
  const { t } = useTranslation();
  const paste = usePasteDocument(certificationId);
  return (
    <NewDocumentDialog {...dialog} title={t('documents.paste.title')} mutation={paste}>
      {(close) => <PasteForm paste={paste} onClose={close} />}
    </NewDocumentDialog>
  );
}

function PasteForm({
  paste,
  onClose,
}: {
  paste: ReturnType<typeof usePasteDocument>;
  /** After pasting, and for "Avbryt". */
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notifyAdded = useNotifyAdded();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('policy');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ title?: string; text?: string }>({});
  const busy = paste.isPending;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const name = title.trim();
        const next = {
          title: name ? undefined : t('documents.upload.titleRequired'),
          text: text.trim() ? undefined : t('documents.paste.textRequired'),
        };
        setErrors(next);
        if (next.title || next.text) return;
        paste.mutate(
          { title: name, kind, text },
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
        <TitleInput
          value={title}
          onChange={setTitle}
          error={errors.title}
          disabled={busy}
          autoFocus
        />
        <KindSelect value={kind} onChange={setKind} disabled={busy} />
        <Textarea
          label={t('documents.paste.text')}
          description={t('documents.paste.textHint')}
          required
          autosize
          minRows={6}
          maxRows={16}
          maxLength={MAX_PASTED_CHARACTERS}
          value={text}
          disabled={busy}
          error={errors.text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Working active={busy} />
        <ErrorAlert error={paste.error} />
        <FormActions onCancel={onClose} busy={busy} submitLabel={t('documents.paste.submit')} />
      </Stack>
    </form>
  );
}
