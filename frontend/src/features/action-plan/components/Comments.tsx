import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDateTime } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { useAddComment } from '../api/add-comment';
import type { LoadedComments } from '../api/get-comments';
import type { CommentTarget, PlanComment } from '../api/types';
import classes from './plan.module.css';

/** The comments about one target (the plan, a goal or an activity), replies under their comment. */
export function threadsFor(
  comments: readonly PlanComment[],
  target: CommentTarget,
  targetId?: string,
): { root: PlanComment; replies: PlanComment[] }[] {
  const roots = comments.filter(
    (c) =>
      !c.reply_to_id &&
      c.target === target &&
      (target === 'plan' || (c.target_id ?? undefined) === targetId),
  );
  return roots
    .sort((a, b) => a.created_at.localeCompare(b.created_at))
    .map((root) => ({
      root,
      replies: comments
        .filter((c) => c.reply_to_id === root.id)
        .sort((a, b) => a.created_at.localeCompare(b.created_at)),
    }));
}

function CommentBody({ comment }: { comment: PlanComment }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Text span fw={600}>
          {comment.author_name}
        </Text>{' '}
        ({t(`roles.${comment.author_role}`, { defaultValue: comment.author_role })}) ·{' '}
        {formatDateTime(comment.created_at, i18n.language)} ·{' '}
        {t('plan.comments.version', { version: comment.plan_version })}
      </Text>
      <Text className={classes.preWrap}>{comment.body}</Text>
    </Stack>
  );
}

export function CommentForm({
  certificationId,
  target,
  targetId,
  replyTo,
  label,
  submitLabel,
  onDone,
  onCancel,
}: {
  certificationId: number;
  target: CommentTarget;
  targetId?: string;
  replyTo?: number;
  label: string;
  submitLabel: string;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddComment(certificationId);
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) {
          setFieldError(t('plan.comments.required'));
          return;
        }
        add.mutate(
          {
            target,
            target_id: target === 'plan' ? null : (targetId ?? null),
            body: body.trim(),
            reply_to_id: replyTo ?? null,
          },
          {
            onSuccess: () => {
              setBody('');
              notify(t('plan.comments.sent'));
              onDone?.();
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <ErrorAlert error={add.error} />
        <Textarea
          label={label}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setFieldError(null);
          }}
          error={fieldError}
          autosize
          minRows={2}
          required
          data-autofocus
        />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={add.isPending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button size="sm" variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The comment threads about one target, with replies, a reply form per thread and (for goals and
 * activities) a button that opens a new comment about that target.
 */
export function TargetComments({
  certificationId,
  comments,
  target,
  targetId,
  canComment,
  name,
}: {
  certificationId: number;
  comments: readonly PlanComment[];
  target: CommentTarget;
  targetId?: string;
  canComment: boolean;
  /** What the comments are about, for labels ("målet ”X”"). */
  name: string;
}) {
  const { t } = useTranslation();
  const threads = threadsFor(comments, target, targetId);
  const [replying, setReplying] = useState<number | null>(null);
  const [writing, setWriting] = useState(false);
  if (threads.length === 0 && !canComment) return null;
  return (
    <Stack gap="xs" data-testid={`comments-${target}${targetId ? `-${targetId}` : ''}`}>
      {threads.length > 0 && (
        <Text size="sm" fw={600}>
          {t('plan.comments.count', { count: threads.length })}
        </Text>
      )}
      {threads.map(({ root, replies }) => (
        <div key={root.id} className={classes.comment} data-testid="comment">
          <CommentBody comment={root} />
          {replies.map((r) => (
            <div key={r.id} className={`${classes.comment} ${classes.reply}`} data-testid="reply">
              <CommentBody comment={r} />
            </div>
          ))}
          {canComment &&
            (replying === root.id ? (
              <div className={classes.reply}>
                <CommentForm
                  certificationId={certificationId}
                  target={root.target}
                  targetId={root.target_id ?? undefined}
                  replyTo={root.id}
                  label={t('plan.comments.replyLabel', { name: root.author_name })}
                  submitLabel={t('plan.comments.sendReply')}
                  onDone={() => setReplying(null)}
                  onCancel={() => setReplying(null)}
                />
              </div>
            ) : (
              <Button
                size="compact-sm"
                variant="subtle"
                mt={4}
                onClick={() => setReplying(root.id)}
                aria-label={t('plan.comments.replyTo', { name: root.author_name })}
              >
                {t('plan.comments.reply')}
              </Button>
            ))}
        </div>
      ))}
      {canComment &&
        target !== 'plan' &&
        (writing ? (
          <CommentForm
            certificationId={certificationId}
            target={target}
            targetId={targetId}
            label={t('plan.comments.aboutLabel', { name })}
            submitLabel={t('plan.comments.send')}
            onDone={() => setWriting(false)}
            onCancel={() => setWriting(false)}
          />
        ) : (
          <Group>
            <Button size="compact-sm" variant="outline" onClick={() => setWriting(true)}>
              {t(target === 'goal' ? 'plan.comments.onGoal' : 'plan.comments.onActivity')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}

/**
 * How many of the plan's comments are shown (newest first) and a button that reads the next page;
 * nothing once all are shown. Goals and activities show the comments read so far too.
 */
export function MoreComments({ loaded }: { loaded: LoadedComments }) {
  const { t } = useTranslation();
  if (!loaded.hasMore) return null;
  return (
    <Group gap="sm" wrap="wrap" data-testid="more-comments">
      <Text size="sm" role="status">
        {t('plan.comments.showing', { shown: loaded.comments.length, total: loaded.total })}
      </Text>
      <Button
        size="compact-sm"
        variant="outline"
        loading={loaded.loadingMore}
        onClick={loaded.loadMore}
      >
        {t('plan.comments.showMore')}
      </Button>
    </Group>
  );
}

/** Comments about the plan as a whole, with a form for a new one. */
export function PlanComments({
  certificationId,
  comments,
  canComment,
  paging,
}: {
  certificationId: number;
  comments: readonly PlanComment[];
  canComment: boolean;
  /** The pages of comments read so far, for "Visa fler". */
  paging?: LoadedComments;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-comments-title">
      <Title order={2} size="h3" id="plan-comments-title" mb="sm">
        {t('plan.comments.title')}
      </Title>
      <Stack>
        {threadsFor(comments, 'plan').length === 0 && <Text>{t('plan.comments.empty')}</Text>}
        <TargetComments
          certificationId={certificationId}
          comments={comments}
          target="plan"
          canComment={canComment}
          name={t('plan.comments.wholePlan')}
        />
        {paging && <MoreComments loaded={paging} />}
        {canComment && (
          <CommentForm
            certificationId={certificationId}
            target="plan"
            label={t('plan.comments.newLabel')}
            submitLabel={t('plan.comments.send')}
          />
        )}
      </Stack>
    </Paper>
  );
}
