import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LanguageCheckedTextarea } from '@/components/LanguageCheckedField';
import { UnsavedChangesDialog } from '@/components/UnsavedChangesDialog';
import { useUnsavedChangesGuard } from '@/hooks/use-unsaved-changes-guard';
import { isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/dates';
import { errorMessage } from '@/lib/errors';
import type { Plan, PlanComment } from '../api/types';
import { ConflictDialog } from './ConflictDialog';
import { LockedPlan } from './LockedPlan';
import { PlanActivities } from './PlanActivities';
import { PlanGoals } from './PlanGoals';
import classes from './plan.module.css';
import { isLocked, issuesOf } from './plan-editing';
import { setVision } from './plan-model';
import { SubmitPlanDialog } from './SubmitPlanDialog';
import { usePlanSaving } from './use-plan-saving';

/**
 * The working group's plan editor: vision, goals and activities, saved as a whole with the version
 * it was based on. A stale save opens the conflict dialog; a submitted or approved plan is shown
 * read-only with the reason.
 */
export function PlanEditor({
  certificationId,
  plan,
  comments,
  canEdit,
  canSubmit,
  canComment,
}: {
  certificationId: number;
  plan: Plan;
  comments: readonly PlanComment[];
  canEdit: boolean;
  canSubmit: boolean;
  canComment: boolean;
}) {
  const { t, i18n } = useTranslation();
  const editing = usePlanSaving(certificationId, plan);
  const { base, draft, setDraft, dirty, error } = editing;
  const locked = isLocked(plan);
  const issues = issuesOf(t, error);
  // Only what the server has can be commented on: a goal added since the last save cannot yet.
  const saved = new Set([
    ...base.content.goals.map((g) => g.id),
    ...base.content.activities.map((a) => a.id),
  ]);
  const commentable = (id: string) => canComment && saved.has(id);

  // Leaving with unsaved changes (another tab, another page, closing the window) asks first.
  const guard = useUnsavedChangesGuard(dirty && !locked && canEdit);

  if (locked) {
    return (
      <LockedPlan
        certificationId={certificationId}
        plan={plan}
        comments={comments}
        canComment={canComment}
      />
    );
  }

  const readOnly = !canEdit;

  return (
    // Not a <form>: the comment forms inside goals and activities would be nested forms.
    <section aria-labelledby="plan-editor-title">
      <Stack gap="lg">
        <Title order={2} size="h3" id="plan-editor-title">
          {t('plan.editor.title')}
        </Title>
        {plan.status === 'changes_requested' && (
          <Alert
            color="orange"
            title={t('plan.changesRequestedTitle')}
            data-testid="changes-requested"
          >
            {t('plan.changesRequested')}
          </Alert>
        )}
        <Text size="sm">
          {t('plan.editor.meta', {
            version: base.version,
            at: formatDateTime(base.updated_at, i18n.language),
            name: base.updated_by_name ?? '–',
          })}
        </Text>
        {error && !isApiError(error, 422) ? <ErrorAlert error={error} /> : null}
        {isApiError(error, 422) && (
          <Alert color="red" role="alert" title={t('common.errorTitle')}>
            {errorMessage(t, error)}
          </Alert>
        )}

        <Paper withBorder p="md" radius="md">
          <LanguageCheckedTextarea
            label={t('plan.fields.vision')}
            description={t('plan.hints.vision')}
            value={draft.vision}
            onChange={(vision) => setDraft((d) => setVision(d, vision))}
            autosize
            minRows={3}
            readOnly={readOnly}
            error={issues.vision}
          />
        </Paper>

        <PlanGoals
          certificationId={certificationId}
          draft={draft}
          setDraft={setDraft}
          issues={issues}
          comments={comments}
          canComment={commentable}
        />
        <PlanActivities
          certificationId={certificationId}
          draft={draft}
          setDraft={setDraft}
          issues={issues}
          comments={comments}
          canComment={commentable}
        />

        {!readOnly && (
          <Group className={classes.saveBar} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" role="status" data-testid="plan-dirty">
              {dirty ? t('plan.editor.unsaved') : t('plan.editor.allSaved')}
            </Text>
            <Group gap="xs">
              <Button disabled={!dirty} loading={editing.saving} onClick={editing.save}>
                {t('plan.editor.save')}
              </Button>
              {canSubmit && (
                <Button variant="outline" onClick={() => editing.setConfirming(true)}>
                  {t('plan.editor.submit')}
                </Button>
              )}
            </Group>
          </Group>
        )}
      </Stack>

      <UnsavedChangesDialog guard={guard} body={t('plan.leave.body')} />

      <ConflictDialog
        conflict={editing.conflict}
        mine={draft}
        busy={editing.saving}
        error={editing.conflict ? error : undefined}
        onClose={editing.closeConflict}
        onUseMerged={editing.saveMerged}
        onReload={editing.reloadCurrent}
      />

      <SubmitPlanDialog
        opened={editing.confirming}
        dirty={dirty}
        busy={editing.busy}
        onClose={() => editing.setConfirming(false)}
        onConfirm={editing.submit}
      />
    </section>
  );
}
