import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { DocumentFinding } from '../api/types';
import { AcceptForm, DismissForm } from './DecisionForms';
import classes from './documents.module.css';
import { findingStatusLabel, groundLabel, severityLabel } from './labels';

export type FormKind = 'accept' | 'dismiss';

export interface DecisionValues {
  decision: 'accept' | 'dismiss' | 'reopen';
  note: string;
  suggestion?: string | null;
  accept_term?: boolean;
}

/**
 * One finding in the review's list: what is flagged and why, its status and decision, and, for the
 * trainer, "Godta" (a), "Avfärda" (d) or "Ångra beslutet". The item itself takes focus (j/k move
 * it), so a screen reader announces the finding by its heading.
 */
export function FindingItem({
  finding: f,
  index,
  total,
  current,
  canReview,
  form,
  busy,
  error,
  itemRef,
  onFocus,
  onOpenForm,
  onCloseForm,
  onDecide,
}: {
  finding: DocumentFinding;
  index: number;
  total: number;
  current: boolean;
  canReview: boolean;
  form: FormKind | null;
  busy: boolean;
  error: unknown;
  itemRef: Ref<HTMLDivElement>;
  onFocus: () => void;
  onOpenForm: (kind: FormKind) => void;
  onCloseForm: () => void;
  onDecide: (values: DecisionValues) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const open = f.status === 'open';
  return (
    <li>
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable group named by its heading */}
      <div
        ref={itemRef}
        tabIndex={-1}
        role="group"
        aria-labelledby={headingId}
        className={classes.finding}
        data-severity={f.severity}
        data-status={f.status}
        data-current={current || undefined}
        data-finding-id={f.id}
        data-testid="finding"
        onFocus={onFocus}
      >
        <Stack gap={4}>
          <Text size="sm" id={headingId}>
            <VisuallyHidden>{t('documents.review.position', { index, total })} </VisuallyHidden>
            <span className={classes.severity}>{severityLabel(t, f.severity)}</span>{' '}
            <span lang="sv" className={classes.wrap}>
              ”{f.text}”
            </span>
            {' – '}
            <span data-testid="finding-status">{findingStatusLabel(t, f.status)}</span>
          </Text>
          {f.explanation && <Text size="sm">{f.explanation}</Text>}
          <Text size="xs">
            {t('documents.review.ground', { ground: groundLabel(t, f.ground) })}
          </Text>
          {f.suggestions.length > 0 && (
            <Text size="sm">
              {t('documents.review.suggestions')} <span lang="sv">{f.suggestions.join('; ')}</span>
            </Text>
          )}
          {f.advice.length > 0 && (
            <Text size="sm">
              {t('documents.review.advice')} <span lang="sv">{f.advice.join('; ')}</span>
            </Text>
          )}
          {!open && (
            <Stack gap={2} data-testid="finding-decision">
              {f.chosen_suggestion && (
                <Text size="sm">
                  {t('documents.review.chosen')} <span lang="sv">{f.chosen_suggestion}</span>
                </Text>
              )}
              {f.note && (
                <Text size="sm" className={classes.preWrap}>
                  {t(
                    f.status === 'dismissed'
                      ? 'documents.review.reasonShown'
                      : 'documents.review.noteShown',
                  )}{' '}
                  {f.note}
                </Text>
              )}
              {f.carried && <Text size="xs">{t('documents.review.carried')}</Text>}
            </Stack>
          )}
          {f.source && (
            <Text size="xs" c="dimmed">
              {t('languageCheck.source', { source: f.source })}
            </Text>
          )}
          {canReview && form === null && (
            <Group gap="xs" mt={2}>
              {open ? (
                <>
                  <Button
                    size="compact-sm"
                    onClick={() => onOpenForm('accept')}
                    aria-keyshortcuts="a"
                  >
                    {t('documents.review.accept')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="outline"
                    onClick={() => onOpenForm('dismiss')}
                    aria-keyshortcuts="d"
                  >
                    {t('documents.review.dismiss')}
                  </Button>
                </>
              ) : (
                <Button
                  size="compact-sm"
                  variant="outline"
                  loading={busy}
                  onClick={() => onDecide({ decision: 'reopen', note: '' })}
                >
                  {t('documents.review.undo')}
                </Button>
              )}
            </Group>
          )}
          {canReview && form === null && !open && <ErrorAlert error={error} />}
          {canReview && form === 'accept' && (
            <AcceptForm
              finding={f}
              busy={busy}
              error={error}
              onCancel={onCloseForm}
              onSubmit={(note, suggestion) => onDecide({ decision: 'accept', note, suggestion })}
            />
          )}
          {canReview && form === 'dismiss' && (
            <DismissForm
              finding={f}
              busy={busy}
              error={error}
              onCancel={onCloseForm}
              onSubmit={(note, acceptTerm) =>
                onDecide({ decision: 'dismiss', note, accept_term: acceptTerm })
              }
            />
          )}
        </Stack>
      </div>
    </li>
  );
}
