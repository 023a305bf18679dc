import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { notify } from '@/lib/notify';
import { useComment } from '../api/comment-passage';
import type { Version } from '../api/types';
import classes from './documents.module.css';
import { selectedSpan } from './text-model';

/** "Kommentera markerad text": the selection in the text pane, in code points, with a comment. */
export function CommentOnSelection({
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
