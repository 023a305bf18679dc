import {
  Box,
  Button,
  FileButton,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type DragEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { FormModal } from '@/components/FormModal';
import { notify } from '@/lib/notify';
import { usePasteDocument, useUploadDocument, useUploadVersion } from '../api/documents';
import {
  ACCEPTED_FILES,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentSummary,
  MAX_DOCUMENT_BYTES,
  MAX_PASTED_CHARACTERS,
} from '../api/types';
import classes from './documents.module.css';
import { kindLabel } from './labels';

/** "2,4 MB" / "812 kB". */
export function formatSize(bytes: number, language: string): string {
  const nf = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 1,
  });
  if (bytes >= 1024 * 1024) return `${nf.format(bytes / 1024 / 1024)} MB`;
  return `${nf.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/** A file's name without its extension: the title a document gets unless one is typed. */
export const titleFrom = (name: string) => name.replace(/\.[^.]+$/u, '').trim() || name;

/**
 * A drop zone around the file button: drag a file onto it, or choose one with the button (the
 * native file picker, so it works by keyboard and screen reader). The chosen file is named in a
 * polite live region.
 */
export function DropZone({
  file,
  onFile,
  disabled,
  error,
}: {
  file: File | null;
  onFile: (file: File | null) => void;
  disabled?: boolean;
  error?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const id = useId();
  const over = (event: DragEvent) => {
    if (disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const dropped = event.dataTransfer.files?.[0];
    if (dropped) onFile(dropped);
  };
  // Dropping is a shortcut for the pointer; the button beside the text does the same by keyboard.
  return (
    <Box
      className={classes.dropzone}
      data-active={dragging || undefined}
      data-invalid={error ? true : undefined}
      onDragEnter={over}
      onDragOver={over}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      data-testid="dropzone"
    >
      <Stack gap={6} align="center">
        <Text size="sm" aria-hidden="true">
          {t('documents.upload.drop')}
        </Text>
        <FileButton onChange={onFile} accept={ACCEPTED_FILES} disabled={disabled}>
          {(props) => (
            <Button
              {...props}
              variant="outline"
              disabled={disabled}
              aria-describedby={`${id}-formats ${id}-chosen${error ? ` ${id}-error` : ''}`}
            >
              {file ? t('documents.upload.change') : t('documents.upload.choose')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" id={`${id}-formats`}>
          {t('documents.upload.formats', { size: formatSize(MAX_DOCUMENT_BYTES, i18n.language) })}
        </Text>
        <Text
          size="sm"
          fw={file ? 700 : undefined}
          id={`${id}-chosen`}
          aria-live="polite"
          className={classes.wrap}
          data-testid="chosen-file"
        >
          {file
            ? t('documents.upload.chosen', {
                name: file.name,
                size: formatSize(file.size, i18n.language),
              })
            : t('documents.upload.none')}
        </Text>
        {error && (
          <Text size="sm" c="var(--mantine-color-error)" id={`${id}-error`}>
            {error}
          </Text>
        )}
      </Stack>
    </Box>
  );
}

/** While the server reads and checks the document: a bar with no end, and the seconds gone. */
function Working({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!active) return;
    setSeconds(0);
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return (
    <>
      <div role="status" data-testid="upload-status">
        {active ? t('documents.upload.working') : ''}
      </div>
      {active && (
        <Stack gap={4}>
          <div
            className={classes.progress}
            role="progressbar"
            aria-label={t('documents.upload.working')}
            aria-valuetext={t('documents.upload.elapsed', { count: seconds })}
          />
          <Text size="sm" aria-hidden="true">
            {t('documents.upload.elapsed', { count: seconds })}
          </Text>
        </Stack>
      )}
    </>
  );
}

/** A file too large for the server is refused before it is sent, in the server's words. */
function precheck(t: (key: string) => string, file: File | null): string | null {
  if (!file) return t('documents.upload.fileRequired');
  if (file.size > MAX_DOCUMENT_BYTES) return t('errors.document_too_large');
  return null;
}

function KindSelect({
  value,
  onChange,
  disabled,
}: {
  value: DocumentKind;
  onChange: (kind: DocumentKind) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('documents.upload.kind')}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.currentTarget.value as DocumentKind)}
      data={DOCUMENT_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
    />
  );
}

/** "Ladda upp dokument": a file (dropped or chosen), its title and kind. */
export function UploadDialog({
  certificationId,
  opened,
  onClose,
}: {
  certificationId: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadDocument(certificationId);
  return (
    <FormModal
      item={opened ? true : null}
      title={t('documents.upload.title')}
      mutation={upload}
      onClose={onClose}
      size="lg"
    >
      {(_, close) => <UploadForm upload={upload} onDone={close} onCancel={close} />}
    </FormModal>
  );
}

function UploadForm({
  upload,
  onDone,
  onCancel,
}: {
  upload: ReturnType<typeof useUploadDocument>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('policy');
  const [fileError, setFileError] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  const busy = upload.isPending;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problem = precheck(t, file);
        setFileError(problem);
        const name = title.trim();
        setTitleError(name ? null : t('documents.upload.titleRequired'));
        if (problem || !file || !name) return;
        upload.reset();
        upload.mutate(
          { file, title: name, kind },
          {
            onSuccess: (version) => {
              notify(t('documents.upload.done', { title: name, count: version.findings.length }));
              onDone();
            },
          },
        );
      }}
    >
      <Stack>
        <DropZone
          file={file}
          disabled={busy}
          error={fileError}
          onFile={(f) => {
            setFile(f);
            setFileError(f ? precheck(t, f) : null);
            upload.reset();
            if (f && !title.trim()) setTitle(titleFrom(f.name));
          }}
        />
        <TextInput
          label={t('documents.upload.titleLabel')}
          required
          maxLength={200}
          value={title}
          disabled={busy}
          error={titleError}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setTitleError(null);
          }}
        />
        <KindSelect value={kind} onChange={setKind} disabled={busy} />
        <Working active={busy} />
        <ErrorAlert error={upload.error} />
        <FormActions onCancel={onCancel} busy={busy} submitLabel={t('documents.upload.submit')} />
      </Stack>
    </form>
  );
}

/** "Klistra in text": a document from pasted text, checked the same way. */
export function PasteDialog({
  certificationId,
  opened,
  onClose,
}: {
  certificationId: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const paste = usePasteDocument(certificationId);
  return (
    <FormModal
      item={opened ? true : null}
      title={t('documents.paste.title')}
      mutation={paste}
      onClose={onClose}
      size="lg"
    >
      {(_, close) => <PasteForm paste={paste} onDone={close} onCancel={close} />}
    </FormModal>
  );
}

function PasteForm({
  paste,
  onDone,
  onCancel,
}: {
  paste: ReturnType<typeof usePasteDocument>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
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
              notify(t('documents.upload.done', { title: name, count: version.findings.length }));
              onDone();
            },
          },
        );
      }}
    >
      <Stack>
        <TextInput
          label={t('documents.upload.titleLabel')}
          required
          maxLength={200}
          value={title}
          disabled={busy}
          error={errors.title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          data-autofocus
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
        <FormActions onCancel={onCancel} busy={busy} submitLabel={t('documents.paste.submit')} />
      </Stack>
    </form>
  );
}

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
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const busy = upload.isPending;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problem = precheck(t, file);
        setFileError(problem);
        if (problem || !file) return;
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
          file={file}
          disabled={busy}
          error={fileError}
          onFile={(f) => {
            setFile(f);
            setFileError(f ? precheck(t, f) : null);
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
