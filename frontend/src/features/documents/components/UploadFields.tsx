import { Box, Button, FileButton, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type DragEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '@/api/get-settings';
import { FormModal } from '@/components/FormModal';
import { notify } from '@/lib/notify';
import { formatSize } from '@/lib/numbers';
import { ACCEPTED_FILES, DOCUMENT_KINDS, type DocumentKind, type Version } from '../api/types';
import classes from './documents.module.css';
import { kindLabel } from './labels';

// The parts the upload, paste and new-version dialogs share.

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
  const maxBytes = useSettings().data?.max_document_bytes;
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
          {maxBytes !== undefined &&
            t('documents.upload.formats', { size: formatSize(maxBytes, i18n.language) })}
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
export function Working({ active }: { active: boolean }) {
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

/**
 * What is wrong with a file before it is sent, or null: none chosen, or larger than the server's
 * `max_document_bytes` (while the settings are not read yet, the server judges the size).
 */
function usePrecheck(): (file: File | null) => string | null {
  const { t, i18n } = useTranslation();
  const maxBytes = useSettings().data?.max_document_bytes;
  return (file) => {
    if (!file) return t('documents.upload.fileRequired');
    if (maxBytes !== undefined && file.size > maxBytes) {
      return t('documents.upload.tooLarge', { size: formatSize(maxBytes, i18n.language) });
    }
    return null;
  };
}

/** The document's kind (policy, job ad, form …). */
export function KindSelect({
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

/** The file chosen in a DropZone, and what is wrong with it (`error`, for the DropZone). */
export function useChosenFile() {
  const precheck = usePrecheck();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    file,
    error,
    /** A file dropped or chosen (or none): checked at once. */
    choose: (chosen: File | null) => {
      setFile(chosen);
      setError(chosen ? precheck(chosen) : null);
    },
    /** On submitting: the file if it may be sent, else null (and what is wrong is shown). */
    checked: () => {
      const problem = precheck(file);
      setError(problem);
      return problem ? null : file;
    },
  };
}

/** A new document's title. */
export function TitleInput({
  value,
  onChange,
  error,
  disabled,
  autoFocus,
}: {
  value: string;
  onChange: (title: string) => void;
  error?: string | null;
  disabled?: boolean;
  /** Whether the dialog puts focus here when it opens. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('documents.upload.titleLabel')}
      required
      maxLength={200}
      value={value}
      disabled={disabled}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value)}
      data-autofocus={autoFocus || undefined}
    />
  );
}

/** Tells that a new document was read and checked, with its number of findings. */
export function useNotifyAdded(): (title: string, version: Pick<Version, 'findings'>) => void {
  const { t } = useTranslation();
  return (title, version) =>
    notify(t('documents.upload.done', { title, count: version.findings.length }));
}

export interface NewDocumentDialogProps {
  certificationId: number;
  opened: boolean;
  onClose: () => void;
}

/**
 * The dialog around the upload and paste forms. `children` gets the closing function (for the
 * form's cancel and its success), which resets `mutation` first, as every other way of closing.
 */
export function NewDocumentDialog({
  opened,
  onClose,
  title,
  mutation,
  children,
}: Omit<NewDocumentDialogProps, 'certificationId'> & {
  title: string;
  mutation: { reset: () => void };
  children: (close: () => void) => ReactNode;
}) {
  return (
    <FormModal
      item={opened ? true : null}
      title={title}
      mutation={mutation}
      onClose={onClose}
      size="lg"
    >
      {(_, close) => children(close)}
    </FormModal>
  );
}
