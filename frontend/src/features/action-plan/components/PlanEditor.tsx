import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useBlocker } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LanguageCheckedTextarea } from '@/components/LanguageCheckedField';
import { isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/dates';
import { errorMessage } from '@/lib/errors';
import { notify } from '@/lib/notify';
import { planKey, useSavePlan, useSubmitPlan } from '../api/plan';
import type { Plan, PlanComment, PlanConflict, PlanContent } from '../api/types';
import { TargetComments } from './Comments';
import { ConflictDialog } from './ConflictDialog';
import { activityName, goalName } from './describe';
import { ActivityFields, GoalFields } from './PlanFields';
import { PlanView } from './PlanView';
import classes from './plan.module.css';
import {
  addActivity,
  addGoal,
  normalise,
  removeActivity,
  removeGoal,
  sameContent,
  setVision,
  updateActivity,
  updateGoal,
} from './plan-model';

export function isLocked(plan: Plan): boolean {
  return !plan.editable || plan.status === 'submitted' || plan.status === 'approved';
}

/** Reads a 409 version_conflict's detail, when it has the documented shape. */
export function conflictOf(error: unknown): PlanConflict | null {
  if (!isApiError(error, 409) || error.code !== 'version_conflict') return null;
  const d = error.detail as Partial<PlanConflict> | null;
  if (!d || typeof d !== 'object' || !d.current || !d.merged) return null;
  return { current: d.current, merged: d.merged, conflicts: d.conflicts ?? [] };
}

/** 422 problems of a plan save, keyed "goals.<index>.<field>" / "activities.<index>.<field>". */
function issuesOf(t: (k: string) => string, error: unknown): Record<string, string> {
  if (!isApiError(error, 422) || !Array.isArray(error.detail)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.detail as { loc?: unknown[]; type?: string }[]) {
    const loc = issue.loc ?? [];
    const i = loc.findIndex((x) => x === 'goals' || x === 'activities' || x === 'vision');
    if (i === -1) continue;
    const key = loc.slice(i, i + 3).join('.');
    out[key] = t(`errors.${issue.type}`) || t('errors.invalid_value');
  }
  return out;
}

function fieldErrors(issues: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(issues)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

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
  const queryClient = useQueryClient();
  const save = useSavePlan(certificationId);
  const submit = useSubmitPlan(certificationId);
  const [base, setBase] = useState<Plan>(plan);
  const [draft, setDraft] = useState<PlanContent>(() => normalise(plan.content));
  const [conflict, setConflict] = useState<PlanConflict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const dirty = !sameContent(draft, base.content);
  const locked = isLocked(plan);
  const issues = issuesOf(t, error);
  // Only what the server has can be commented on: a goal added since the last save cannot yet.
  const saved = new Set([
    ...base.content.goals.map((g) => g.id),
    ...base.content.activities.map((a) => a.id),
  ]);

  // Leaving with unsaved changes (another tab, another page, closing the window) asks first.
  const blocker = useBlocker({
    shouldBlockFn: () => true,
    disabled: !dirty || locked || !canEdit,
    enableBeforeUnload: () => dirty && !locked && canEdit,
    withResolver: true,
  });

  // A newer plan from the server (after a submit, or a refetch) replaces an unchanged draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version matters
  useEffect(() => {
    if (plan.version === base.version && plan.status === base.status) return;
    if (!dirty || locked) {
      setBase(plan);
      setDraft(normalise(plan.content));
    }
  }, [plan.version, plan.status]);

  const adopt = (p: Plan) => {
    setBase(p);
    setDraft(normalise(p.content));
  };

  const doSave = (content: PlanContent, baseVersion: number, then?: (p: Plan) => void) => {
    setError(null);
    save.mutate(
      { base_version: baseVersion, content },
      {
        onSuccess: (p) => {
          adopt(p);
          setConflict(null);
          if (then) then(p);
          else notify(t('plan.saved'));
        },
        onError: (e) => {
          const c = conflictOf(e);
          if (c) {
            setConfirmSubmit(false);
            setConflict(c);
          } else setError(e);
        },
      },
    );
  };

  const doSubmit = (version: number) =>
    submit.mutate(version, {
      onSuccess: (p) => {
        adopt(p);
        setConfirmSubmit(false);
        notify(t('plan.submitted'));
      },
      onError: (e) => {
        setConfirmSubmit(false);
        setError(e);
      },
    });

  if (locked) {
    return (
      <Stack gap="lg">
        <Alert
          color="blue"
          title={t(plan.status === 'approved' ? 'plan.locked.approvedTitle' : 'plan.locked.title')}
          data-testid="plan-locked"
        >
          {t(plan.status === 'approved' ? 'plan.locked.approved' : 'plan.locked.submitted')}
        </Alert>
        <PlanView
          content={normalise(plan.content)}
          goalExtra={(g, i) => (
            <TargetComments
              certificationId={certificationId}
              comments={comments}
              target="goal"
              targetId={g.id}
              canComment={canComment}
              name={goalName(t, g, i)}
            />
          )}
          activityExtra={(a, i) => (
            <TargetComments
              certificationId={certificationId}
              comments={comments}
              target="activity"
              targetId={a.id}
              canComment={canComment}
              name={activityName(t, a, i)}
            />
          )}
        />
      </Stack>
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

        <section aria-labelledby="plan-goals-title">
          <Title order={3} size="h4" id="plan-goals-title" mb="xs">
            {t('plan.sections.goals')}
          </Title>
          <Stack gap="md">
            {draft.goals.length === 0 && <Text>{t('plan.noGoals')}</Text>}
            {draft.goals.map((g, i) => (
              <GoalFields
                key={g.id}
                goal={g}
                index={i}
                errors={fieldErrors(issues, `goals.${i}.`)}
                onChange={(patch) => setDraft((d) => updateGoal(d, g.id, patch))}
                onRemove={() => setDraft((d) => removeGoal(d, g.id))}
              >
                <TargetComments
                  certificationId={certificationId}
                  comments={comments}
                  target="goal"
                  targetId={g.id}
                  canComment={canComment && saved.has(g.id)}
                  name={goalName(t, g, i)}
                />
              </GoalFields>
            ))}
            <Group>
              <Button variant="outline" onClick={() => setDraft((d) => addGoal(d))}>
                {t('plan.addGoal')}
              </Button>
            </Group>
          </Stack>
        </section>

        <section aria-labelledby="plan-activities-title">
          <Title order={3} size="h4" id="plan-activities-title" mb="xs">
            {t('plan.sections.activities')}
          </Title>
          <Stack gap="md">
            {draft.activities.length === 0 && <Text>{t('plan.noActivities')}</Text>}
            {draft.activities.map((a, i) => (
              <ActivityFields
                key={a.id}
                activity={a}
                index={i}
                goals={draft.goals}
                errors={fieldErrors(issues, `activities.${i}.`)}
                onChange={(patch) => setDraft((d) => updateActivity(d, a.id, patch))}
                onRemove={() => setDraft((d) => removeActivity(d, a.id))}
              >
                <TargetComments
                  certificationId={certificationId}
                  comments={comments}
                  target="activity"
                  targetId={a.id}
                  canComment={canComment && saved.has(a.id)}
                  name={activityName(t, a, i)}
                />
              </ActivityFields>
            ))}
            <Group>
              <Button variant="outline" onClick={() => setDraft((d) => addActivity(d))}>
                {t('plan.addActivity')}
              </Button>
            </Group>
          </Stack>
        </section>

        {!readOnly && (
          <Group className={classes.saveBar} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" role="status" data-testid="plan-dirty">
              {dirty ? t('plan.editor.unsaved') : t('plan.editor.allSaved')}
            </Text>
            <Group gap="xs">
              <Button
                disabled={!dirty}
                loading={save.isPending}
                onClick={() => doSave(draft, base.version)}
              >
                {t('plan.editor.save')}
              </Button>
              {canSubmit && (
                <Button variant="outline" onClick={() => setConfirmSubmit(true)}>
                  {t('plan.editor.submit')}
                </Button>
              )}
            </Group>
          </Group>
        )}
      </Stack>

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={blocker.status === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('plan.leave.title')}
      >
        <Stack>
          <Text>{t('plan.leave.body')}</Text>
          <Group justify="flex-end" wrap="wrap">
            <Button variant="outline" color="red.9" onClick={() => blocker.proceed?.()}>
              {t('plan.leave.leave')}
            </Button>
            <Button onClick={() => blocker.reset?.()} data-autofocus>
              {t('plan.leave.stay')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <ConflictDialog
        conflict={conflict}
        mine={draft}
        busy={save.isPending}
        error={conflict ? error : undefined}
        onClose={() => setConflict(null)}
        onUseMerged={() => conflict && doSave(conflict.merged, conflict.current.version)}
        onReload={() => {
          if (!conflict) return;
          queryClient.setQueryData(planKey(certificationId), conflict.current);
          adopt(conflict.current);
          setConflict(null);
          setError(null);
          notify(t('plan.conflict.reloaded'));
        }}
      />

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={confirmSubmit}
        onClose={() => setConfirmSubmit(false)}
        title={t('plan.submit.title')}
      >
        <Stack>
          <Text>{t('plan.submit.body')}</Text>
          {dirty && <Text size="sm">{t('plan.submit.savesFirst')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmSubmit(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={save.isPending || submit.isPending}
              onClick={() => {
                if (dirty) {
                  doSave(draft, base.version, (p) => doSubmit(p.version));
                } else {
                  doSubmit(base.version);
                }
              }}
            >
              {t('plan.submit.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </section>
  );
}
