import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { notify } from '@/lib/notify';
import { useReviewFollowUp } from '../api/review-follow-up';
import type { FollowUp, ReviewOutcome } from '../api/types';

/** The trainer's review of a submitted report: "Godkänn" or "Behöver kompletteras" (a comment). */
export function ReviewActions({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const review = useReviewFollowUp(followUp.id);
  const [dialog, setDialog] = useState<ReviewOutcome | null>(null);
  const [comment, setComment] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const close = () => {
    setDialog(null);
    setFieldError(null);
    review.reset();
  };
  const needsComment = dialog === 'needs_attention';

  return (
    <>
      <Alert color="blue" title={t('followUps.review.waitingTitle')} data-testid="review-waiting">
        {t('followUps.review.waiting')}
      </Alert>
      <Group gap="sm" wrap="wrap">
        <Button variant="outline" onClick={() => setDialog('needs_attention')}>
          {t('followUps.review.needsAttention')}
        </Button>
        <Button onClick={() => setDialog('accepted')}>{t('followUps.review.accept')}</Button>
      </Group>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={dialog !== null}
        onClose={close}
        title={
          needsComment
            ? t('followUps.review.needsAttentionTitle')
            : t('followUps.review.acceptTitle')
        }
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!dialog) return;
            if (needsComment && !comment.trim()) {
              setFieldError(t('followUps.review.commentRequired'));
              return;
            }
            review.mutate(
              { version: followUp.version, outcome: dialog, comment: comment.trim() },
              {
                onSuccess: () => {
                  notify(
                    t(
                      dialog === 'accepted'
                        ? 'followUps.review.accepted'
                        : 'followUps.review.sentBack',
                    ),
                  );
                  setComment('');
                  close();
                },
              },
            );
          }}
        >
          <Stack>
            <Text size="sm">
              {needsComment
                ? t('followUps.review.needsAttentionIntro')
                : t('followUps.review.acceptIntro')}
            </Text>
            <ErrorAlert error={review.error} />
            <Textarea
              label={
                needsComment ? t('followUps.review.comment') : t('followUps.review.commentOptional')
              }
              value={comment}
              onChange={(e) => {
                setComment(e.currentTarget.value);
                setFieldError(null);
              }}
              error={fieldError}
              autosize
              minRows={3}
              required={needsComment}
              data-autofocus
            />
            <FormActions
              onCancel={close}
              busy={review.isPending}
              submitLabel={
                needsComment ? t('followUps.review.needsAttention') : t('followUps.review.accept')
              }
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
