import { Button, Checkbox, Group, Radio, Stack, Textarea } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { DocumentFinding } from '../api/types';

// The decision forms of a finding in the review's list: "Godta" (a suggestion, a note) and
// "Avfärda" (a reason, keeping the term for the organisation). Each takes focus when it opens.

/** Escape closes a decision form; Enter outside the text field submits it. */
function formKeys(onCancel: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
      return;
    }
    const target = event.target as HTMLElement;
    if (
      event.key === 'Enter' &&
      target.tagName === 'TEXTAREA' &&
      (event.ctrlKey || event.metaKey)
    ) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    } else if (
      event.key === 'Enter' &&
      target instanceof HTMLInputElement &&
      target.type === 'radio'
    ) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
}

/**
 * A decision form's frame: its name, the keys, the error of the last attempt, "Avbryt" and the
 * submitting button; `children` are its fields.
 */
function DecisionForm({
  label,
  submitLabel,
  busy,
  error,
  onCancel,
  onSubmit,
  children,
}: {
  label: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      aria-label={label}
      onKeyDown={formKeys(onCancel)}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="xs" mt="xs">
        {children}
        <ErrorAlert error={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="compact-md" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="compact-md" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What a decision form gets from the finding's item; `onSubmit` takes the form's values. */
interface DecisionFormProps<Submit> {
  finding: DocumentFinding;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: Submit;
}

const NONE = '__none__';

/** Accepting: which of the server's suggestions (or none), and an optional note. */
export function AcceptForm({
  finding,
  onSubmit,
  ...frame
}: DecisionFormProps<(note: string, suggestion: string | null) => void>) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(finding.suggestions[0] ?? NONE);
  const [note, setNote] = useState('');
  const first = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    (first.current ?? noteRef.current)?.focus();
  }, []);
  return (
    <DecisionForm
      {...frame}
      label={t('documents.review.acceptTitle')}
      submitLabel={t('documents.review.acceptSubmit')}
      onSubmit={() => onSubmit(note.trim(), choice === NONE ? null : choice)}
    >
      {finding.suggestions.length > 0 && (
        <Radio.Group
          label={t('documents.review.chooseSuggestion')}
          value={choice}
          onChange={setChoice}
        >
          <Stack gap={6} mt={4}>
            {finding.suggestions.map((s, i) => (
              <Radio
                key={s}
                value={s}
                label={<span lang="sv">{s}</span>}
                ref={i === 0 ? first : undefined}
              />
            ))}
            <Radio value={NONE} label={t('documents.review.noSuggestion')} />
          </Stack>
        </Radio.Group>
      )}
      <Textarea
        ref={noteRef}
        label={t('documents.review.note')}
        autosize
        minRows={1}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </DecisionForm>
  );
}

/** Dismissing: a reason is required; the term may be kept for the organisation. */
export function DismissForm({
  finding,
  onSubmit,
  ...frame
}: DecisionFormProps<(reason: string, acceptTerm: boolean) => void>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [acceptTerm, setAcceptTerm] = useState(false);
  const [missing, setMissing] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    reasonRef.current?.focus();
  }, []);
  return (
    <DecisionForm
      {...frame}
      label={t('documents.review.dismissTitle')}
      submitLabel={t('documents.review.dismissSubmit')}
      onSubmit={() => {
        const value = reason.trim();
        if (!value) {
          setMissing(true);
          reasonRef.current?.focus();
          return;
        }
        onSubmit(value, acceptTerm);
      }}
    >
      <Textarea
        ref={reasonRef}
        label={t('documents.review.reason')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        value={reason}
        error={missing ? t('errors.dismissal_reason_required') : null}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setMissing(false);
        }}
      />
      <Checkbox
        label={t('documents.review.acceptTerm')}
        description={t('documents.review.acceptTermHint', { term: finding.kept_term })}
        checked={acceptTerm}
        onChange={(e) => setAcceptTerm(e.currentTarget.checked)}
      />
    </DecisionForm>
  );
}
