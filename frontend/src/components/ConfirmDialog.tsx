import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** An optional text field of a confirmation: why something is cancelled, suspended, … */
export interface ConfirmReason {
  label: string;
  /** The confirmation is refused without it (`requiredMessage` says so on the field). */
  required?: boolean;
  requiredMessage?: string;
  description?: string;
  maxLength?: number;
}

/**
 * "Are you sure?": a titled dialog with a message, the error of the last attempt, a way back and
 * the confirming button (red when `danger`). The caller owns the mutation: `onConfirm` starts it,
 * `busy` shows it running and `error` what went wrong; closing is the caller's on success.
 * With `reason` the dialog also asks for a reason (optional unless `reason.required`), handed to
 * `onConfirm` trimmed; each opening starts with an empty field.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  busy = false,
  error = null,
  danger = false,
  reason,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  busy?: boolean;
  error?: unknown;
  danger?: boolean;
  reason?: ConfirmReason;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  // Every opening starts empty, however the last one ended.
  useEffect(() => {
    if (opened) {
      setText('');
      setFieldError(null);
    }
  }, [opened]);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={title}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const value = text.trim();
          if (reason?.required && !value) {
            setFieldError(reason.requiredMessage ?? t('validation.required'));
            return;
          }
          onConfirm(value);
        }}
      >
        <Stack>
          {typeof children === 'string' ? <Text>{children}</Text> : children}
          <ErrorAlert error={error} />
          {reason && (
            <Textarea
              label={reason.label}
              description={reason.description}
              required={reason.required}
              autosize
              minRows={2}
              maxLength={reason.maxLength ?? 200}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setFieldError(null);
              }}
              error={fieldError}
              data-autofocus
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus={!reason || undefined}>
              {t('common.back')}
            </Button>
            <Button type="submit" color={danger ? 'red.9' : undefined} loading={busy}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
