import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { notify } from '@/lib/notify';
import { useApprovePlan } from '../api/approve-plan';
import { useRequestChanges } from '../api/request-plan-changes';
import type { ApprovalReason, Plan } from '../api/types';
import { approvalReasonsOf } from './ApprovalReasons';

/**
 * The trainer's steps on a submitted plan, each offered only when the plan's `allowed_actions` has
 * it: "Begär ändringar" (with a comment) and "Godkänn" (which issues the certificate, or says why
 * it cannot be approved yet through `onRefused`).
 */
export function ReviewActions({
  certificationId,
  plan,
  canRequestChanges,
  canApprove,
  onRefused,
  onDone,
}: {
  certificationId: number;
  plan: Plan;
  canRequestChanges: boolean;
  canApprove: boolean;
  onRefused: (reasons: ApprovalReason[]) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const requestChanges = useRequestChanges(certificationId);
  const approve = useApprovePlan(certificationId);
  const [dialog, setDialog] = useState<'changes' | 'approve' | null>(null);
  const [comment, setComment] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setDialog(null);
    setFieldError(null);
    setError(null);
  };

  return (
    <>
      <Alert color="blue" title={t('plan.review.waitingTitle')} data-testid="review-waiting">
        {t('plan.review.waiting')}
      </Alert>
      <ErrorAlert error={dialog ? null : error} />
      <Group gap="sm" wrap="wrap">
        {canRequestChanges && (
          <Button variant="outline" onClick={() => setDialog('changes')}>
            {t('plan.review.requestChanges')}
          </Button>
        )}
        {canApprove && (
          <Button onClick={() => setDialog('approve')}>{t('plan.review.approve')}</Button>
        )}
      </Group>

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={dialog === 'changes'}
        onClose={close}
        title={t('plan.review.requestChangesTitle')}
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!comment.trim()) {
              setFieldError(t('plan.review.commentRequired'));
              return;
            }
            setError(null);
            requestChanges.mutate(
              { version: plan.version, comment: comment.trim() },
              {
                onSuccess: () => {
                  setComment('');
                  close();
                  onDone();
                  notify(t('plan.review.changesRequested'));
                },
                onError: setError,
              },
            );
          }}
        >
          <Stack>
            <Text size="sm">{t('plan.review.requestChangesIntro')}</Text>
            <ErrorAlert error={error} />
            <Textarea
              label={t('plan.review.comment')}
              value={comment}
              onChange={(e) => {
                setComment(e.currentTarget.value);
                setFieldError(null);
              }}
              error={fieldError}
              autosize
              minRows={3}
              required
              data-autofocus
            />
            <FormActions
              onCancel={close}
              busy={requestChanges.isPending}
              submitLabel={t('plan.review.requestChanges')}
            />
          </Stack>
        </form>
      </Modal>

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={dialog === 'approve'}
        onClose={close}
        title={t('plan.review.approveTitle')}
      >
        <Stack>
          <Text>{t('plan.review.approveBody')}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={approve.isPending}
              onClick={() =>
                approve.mutate(plan.version, {
                  onSuccess: (result) => {
                    close();
                    onDone();
                    notify(t('plan.review.approved', { number: result.certificate?.number ?? '' }));
                  },
                  onError: (e) => {
                    const reasons = approvalReasonsOf(e);
                    if (reasons) {
                      close();
                      onRefused(reasons);
                    } else {
                      setError(e);
                    }
                  },
                })
              }
            >
              {t('plan.review.approve')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
