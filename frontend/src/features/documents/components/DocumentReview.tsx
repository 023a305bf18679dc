import { Box, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/dates';
import { notify } from '@/lib/notify';
import {
  useComment,
  useDecide,
  useFinishReview,
  useReopenReview,
  useVersion,
} from '../api/documents';
import type { DocumentFinding, Version } from '../api/types';
import classes from './documents.module.css';
import { type DecisionValues, FindingItem, type FormKind } from './FindingItem';
import { allows, ReviewStatusBadge } from './labels';
import { CheckSettingsPanel, CommentsList, VersionDownloads } from './ReviewPanels';
import { ReviewText } from './ReviewText';
import { inTextOrder, layout, selectedSpan } from './text-model';
import { VersionsPanel } from './VersionsPanel';

/** A version's review: the text beside its findings, comments, and finishing the review. */
export function DocumentReview({
  certificationId,
  versionId,
}: {
  certificationId: number;
  versionId: number;
}) {
  const { t } = useTranslation();
  const version = useVersion(versionId);
  const back = (
    <AnchorLink
      to="/certifications/$certificationId"
      params={{ certificationId }}
      search={{ tab: 'documents' }}
      data-testid="back-to-documents"
    >
      {t('documents.review.back')}
    </AnchorLink>
  );
  if (version.isPending) return <Loading />;
  if (version.isError) {
    return (
      <Stack>
        {back}
        {isApiError(version.error, 404) ? (
          <Text>{t('documents.review.notFound')}</Text>
        ) : (
          <ErrorAlert error={version.error} />
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {back}
      <Review certificationId={certificationId} version={version.data} />
      <VersionsPanel
        certificationId={certificationId}
        documentId={version.data.document_id}
        versionId={version.data.id}
      />
    </Stack>
  );
}

const isEditable = (element: Element | null) =>
  !!element &&
  (element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element as HTMLElement).isContentEditable);

function Review({ certificationId, version }: { certificationId: number; version: Version }) {
  const { t, i18n } = useTranslation();
  const canReview = allows(version.allowed_actions, 'review');
  const canFinish = allows(version.allowed_actions, 'finish_review');
  const canReopen = allows(version.allowed_actions, 'reopen_review');
  const findings = useMemo(() => inTextOrder(version.findings), [version.findings]);
  const byId = useMemo(() => new Map(findings.map((f) => [f.id, f])), [findings]);
  const view = useMemo(
    () => layout(version.text, version.blocks, version.findings, version.comments),
    [version.text, version.blocks, version.findings, version.comments],
  );
  const [currentId, setCurrentId] = useState<number | null>(null);
  const [form, setForm] = useState<{ id: number; kind: FormKind } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const items = useRef(new Map<number, HTMLDivElement>());
  const decide = useDecide(certificationId, version);
  const open = version.counts.by_status.open;

  // The current finding's marks are outlined (set here, so the text is not drawn again).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the marks are redrawn with `view`
  useEffect(() => {
    const text = textRef.current;
    if (!text) return;
    for (const mark of text.querySelectorAll('mark[data-current]')) {
      mark.removeAttribute('data-current');
    }
    if (currentId === null) return;
    for (const mark of text.querySelectorAll(`[data-findings~="${currentId}"]`)) {
      mark.setAttribute('data-current', '');
    }
  }, [currentId, view]);

  /** Makes a finding current: its item takes focus and the text scrolls to its mark. */
  const goTo = useCallback((finding: DocumentFinding | undefined) => {
    if (!finding) return;
    setCurrentId(finding.id);
    const mark = textRef.current?.querySelector(`[data-findings~="${finding.id}"]`);
    mark?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    items.current.get(finding.id)?.focus();
  }, []);

  const move = useCallback(
    (step: 1 | -1) => {
      if (findings.length === 0) return;
      const at = findings.findIndex((f) => f.id === currentId);
      const next =
        at === -1
          ? step === 1
            ? 0
            : findings.length - 1
          : Math.min(findings.length - 1, Math.max(0, at + step));
      setForm(null);
      goTo(findings[next]);
    },
    [findings, currentId, goTo],
  );

  const openForm = useCallback(
    (id: number, kind: FormKind) => {
      const f = byId.get(id);
      if (f?.status !== 'open' || !canReview) return;
      decide.reset();
      setCurrentId(id);
      setForm({ id, kind });
    },
    [byId, canReview, decide],
  );

  const closeForm = useCallback(() => {
    const id = form?.id;
    setForm(null);
    decide.reset();
    if (id !== undefined) items.current.get(id)?.focus();
  }, [form, decide]);

  // j/k or ↓/↑ move between findings, a and d open the decision forms. The keys work while focus
  // is in the review or around it (the body, `main`), never while typing; the arrows only inside
  // the review, so the page still scrolls with them elsewhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as Element | null;
      if (isEditable(target) || target?.closest('[role="dialog"]')) return;
      const root = rootRef.current;
      if (!root || !target) return;
      const inside = root.contains(target);
      // Focus on the page around the review (the body, or `main` after navigating) counts too.
      if (!inside && !target.contains(root)) return;
      const key = event.key;
      // A focused scrolling pane keeps its arrows for scrolling.
      const arrows = inside && target.getAttribute('role') !== 'region';
      if (key === 'j' || (key === 'ArrowDown' && arrows)) move(1);
      else if (key === 'k' || (key === 'ArrowUp' && arrows)) move(-1);
      else if ((key === 'a' || key === 'd') && currentId !== null && canReview) {
        openForm(currentId, key === 'a' ? 'accept' : 'dismiss');
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [move, openForm, currentId, canReview]);

  // A click on a flagged word makes its finding current (not the end of a drag selection).
  useEffect(() => {
    const text = textRef.current;
    if (!text) return;
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return;
      const mark = (event.target as Element).closest<HTMLElement>('[data-findings]');
      const id = Number(mark?.dataset.findings?.split(' ')[0]);
      if (id) goTo(byId.get(id));
    };
    text.addEventListener('click', onClick);
    return () => text.removeEventListener('click', onClick);
  }, [byId, goTo]);

  const onDecide = (finding: DocumentFinding, values: DecisionValues) => {
    decide.mutate(
      {
        findingId: finding.id,
        decision: values.decision,
        note: values.note,
        suggestion: values.suggestion ?? null,
        accept_term: values.accept_term ?? false,
      },
      {
        onSuccess: () => {
          setForm(null);
          if (values.decision === 'reopen') {
            items.current.get(finding.id)?.focus();
            return;
          }
          // On to the next finding still open after this one (or the first before it).
          const at = findings.findIndex((f) => f.id === finding.id);
          const after = [...findings.slice(at + 1), ...findings.slice(0, at)];
          const next = after.find((f) => f.status === 'open') ?? finding;
          goTo(next);
        },
      },
    );
  };

  return (
    <Stack gap="md" ref={rootRef} data-testid="document-review">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" className={classes.wrap}>
            {t('documents.review.title', { title: version.document_title })}
          </Title>
          <Text size="sm" className={classes.wrap}>
            {t('documents.review.meta', {
              number: version.number,
              file: version.file_name,
              date: formatDateTime(version.uploaded_at, i18n.language),
            })}
          </Text>
        </Stack>
        <ReviewStatusBadge status={version.status} />
      </Group>

      {version.status === 'superseded' && (
        <Paper withBorder p="sm" radius="md" data-testid="superseded">
          <Text size="sm">{t('documents.review.superseded')}</Text>
        </Paper>
      )}
      {version.status === 'reviewed' && (
        <Paper withBorder p="sm" radius="md" data-testid="review-finished">
          <Text size="sm" fw={700}>
            {t('documents.review.reviewedAt', {
              date: formatDateTime(version.reviewed_at, i18n.language),
            })}
          </Text>
          <Text size="sm" className={classes.preWrap}>
            {version.review_summary || t('documents.review.noSummary')}
          </Text>
        </Paper>
      )}

      <Group gap="md" align="flex-start" wrap="wrap">
        <VersionDownloads version={version} />
      </Group>

      <ReviewSteps
        certificationId={certificationId}
        version={version}
        open={open}
        canFinish={canFinish}
        canReopen={canReopen}
      />

      <CheckSettingsPanel settings={version.settings} />

      {canReview ? (
        <Text size="sm" className={classes.kbd} id="review-keys">
          {t('documents.review.keys')}
        </Text>
      ) : (
        <Text size="sm">{t('documents.review.readOnly')}</Text>
      )}

      <div className={classes.panes}>
        <section className={classes.pane} aria-labelledby="review-text-title">
          <div className={classes.paneHeader}>
            <Title order={3} size="h5" id="review-text-title">
              {t('documents.review.text')}
            </Title>
            <Legend />
          </div>
          {/* A scrolling region is reachable by keyboard (WCAG 2.1.1), like ScrollTable. */}
          <Box
            className={classes.scroll}
            tabIndex={0}
            role="region"
            aria-label={t('documents.review.text')}
          >
            <ReviewText blocks={view.blocks} findings={byId} textRef={textRef} />
          </Box>
          {canReview && (
            <div className={classes.paneFooter}>
              <CommentOnSelection
                certificationId={certificationId}
                version={version}
                textRef={textRef}
              />
            </div>
          )}
        </section>

        <section className={classes.pane} aria-labelledby="review-findings-title">
          <div className={classes.paneHeader}>
            <Title order={3} size="h5" id="review-findings-title">
              {t('documents.review.findings', { count: findings.length, open })}
            </Title>
          </div>
          <Box
            className={classes.scroll}
            tabIndex={0}
            role="region"
            aria-labelledby="review-findings-title"
          >
            {findings.length === 0 ? (
              <Text size="sm">{t('documents.review.noFindings')}</Text>
            ) : (
              <ul className={classes.stack} data-testid="findings">
                {findings.map((f, i) => (
                  <FindingItem
                    key={f.id}
                    finding={f}
                    index={i + 1}
                    total={findings.length}
                    current={f.id === currentId}
                    canReview={canReview}
                    form={form?.id === f.id ? form.kind : null}
                    busy={decide.isPending && decide.variables?.findingId === f.id}
                    error={decide.variables?.findingId === f.id ? decide.error : null}
                    itemRef={(element) => {
                      if (element) items.current.set(f.id, element);
                      else items.current.delete(f.id);
                    }}
                    onFocus={() => setCurrentId(f.id)}
                    onOpenForm={(kind) => openForm(f.id, kind)}
                    onCloseForm={closeForm}
                    onDecide={(values) => onDecide(f, values)}
                  />
                ))}
              </ul>
            )}
            <CommentsList comments={version.comments} />
          </Box>
        </section>
      </div>
    </Stack>
  );
}

/** What the marks in the text mean, so that the line's style, not only its colour, says it. */
function Legend() {
  const { t } = useTranslation();
  return (
    <div className={classes.legend} aria-hidden="true">
      <span>
        <mark className={classes.mark} data-severity="avoid">
          {t('languageCheck.severity.avoid')}
        </mark>
      </span>
      <span>
        <mark className={classes.mark} data-severity="consider">
          {t('languageCheck.severity.consider')}
        </mark>
      </span>
      <span>
        <mark className={classes.mark} data-severity="consider" data-decided>
          {t('documents.review.legendDecided')}
        </mark>
      </span>
      <span>
        <mark className={classes.mark} data-comment>
          {t('documents.review.legendComment')}
        </mark>
      </span>
    </div>
  );
}

/** "Kommentera markerad text": the selection in the text pane, in code points, with a comment. */
function CommentOnSelection({
  certificationId,
  version,
  textRef,
}: {
  certificationId: number;
  version: Version;
  textRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const comment = useComment(certificationId, version);
  const [selection, setSelection] = useState<{ start: number; end: number; quote: string } | null>(
    null,
  );
  const [writing, setWriting] = useState(false);
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);

  // The last selection made in the text is kept while focus moves to the button; a click in the
  // text without selecting clears it.
  useEffect(() => {
    const onChange = () => {
      const root = textRef.current;
      if (!root) return;
      const current = document.getSelection();
      const span = selectedSpan(root, current, version.text);
      if (span) setSelection(span);
      else if (current?.anchorNode && root.contains(current.anchorNode) && current.isCollapsed) {
        setSelection(null);
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [textRef, version.text]);

  const hintId = 'comment-selection-hint';
  if (!writing) {
    return (
      <Stack gap={4}>
        <Group gap="xs">
          <Button
            size="compact-md"
            variant="outline"
            disabled={!selection}
            aria-describedby={hintId}
            onClick={() => {
              comment.reset();
              setBody('');
              setMissing(false);
              setWriting(true);
            }}
          >
            {t('documents.review.comment')}
          </Button>
        </Group>
        <Text size="sm" id={hintId} className={classes.wrap} data-testid="selection">
          {selection
            ? t('documents.review.selected', { quote: selection.quote })
            : t('documents.review.commentHint')}
        </Text>
      </Stack>
    );
  }
  return (
    <form
      noValidate
      aria-label={t('documents.review.commentTitle')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setWriting(false);
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (!selection) return;
        if (!body.trim()) {
          setMissing(true);
          return;
        }
        comment.mutate(
          { start: selection.start, end: selection.end, body: body.trim() },
          {
            onSuccess: () => {
              notify(t('documents.review.commented'));
              setWriting(false);
              setSelection(null);
              document.getSelection()?.removeAllRanges();
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <Text size="sm" className={classes.wrap}>
          {t('documents.review.selected', { quote: selection?.quote ?? '' })}
        </Text>
        <Textarea
          label={t('documents.review.commentBody')}
          required
          autosize
          minRows={2}
          maxLength={4000}
          value={body}
          error={missing ? t('documents.review.commentRequired') : null}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setMissing(false);
          }}
          data-autofocus
          autoFocus
        />
        <ErrorAlert error={comment.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="compact-md" onClick={() => setWriting(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="compact-md" loading={comment.isPending}>
            {t('documents.review.commentSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Avsluta granskningen" (only when every finding is decided) and "Öppna igen". */
function ReviewSteps({
  certificationId,
  version,
  open,
  canFinish,
  canReopen,
}: {
  certificationId: number;
  version: Version;
  open: number;
  canFinish: boolean;
  canReopen: boolean;
}) {
  const { t } = useTranslation();
  const finish = useFinishReview(certificationId, version);
  const reopen = useReopenReview(certificationId, version);
  const [confirming, setConfirming] = useState(false);
  if (!canFinish && !canReopen) return null;
  const close = () => {
    finish.reset();
    setConfirming(false);
  };
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={6}>
        {canFinish && (
          <Group gap="sm" wrap="wrap">
            <Button
              disabled={open > 0}
              aria-describedby={open > 0 ? 'finish-blocked' : undefined}
              onClick={() => setConfirming(true)}
            >
              {t('documents.review.finish')}
            </Button>
            {open > 0 && (
              <Text size="sm" id="finish-blocked" data-testid="finish-blocked">
                {t('documents.review.finishBlocked', { count: open })}
              </Text>
            )}
          </Group>
        )}
        {canReopen && (
          <Group gap="sm">
            <Button
              variant="outline"
              loading={reopen.isPending}
              onClick={() =>
                reopen.mutate('', { onSuccess: () => notify(t('documents.review.reopened')) })
              }
            >
              {t('documents.review.reopen')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={reopen.error} />
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('documents.review.finishTitle')}
        confirmLabel={t('documents.review.finish')}
        busy={finish.isPending}
        error={finish.error}
        onClose={close}
        reason={{ label: t('documents.review.summary'), maxLength: 4000 }}
        onConfirm={(summary) =>
          finish.mutate(summary, {
            onSuccess: () => {
              notify(t('documents.review.finished'));
              close();
            },
          })
        }
      >
        {t('documents.review.finishConfirm')}
      </ConfirmDialog>
    </Paper>
  );
}
