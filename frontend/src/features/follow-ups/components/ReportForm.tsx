import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useBlocker } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LanguageCheckedTextarea } from '@/components/LanguageCheckedField';
import { NumberField } from '@/components/NumberField';
import { isApiError } from '@/lib/api';
import { notify } from '@/lib/notify';
import { followUpKey } from '@/lib/query-keys';
import { followUpQueryOptions, useSaveReport, useSubmitFollowUp } from '../api/follow-ups';
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  ASSESSMENTS,
  type Assessment,
  type FollowUp,
} from '../api/types';
import classes from './follow-ups.module.css';
import { activityLegend, GoalFacts, goalLegend } from './GoalFacts';
import {
  draftFrom,
  type ReportDraft,
  sameReport,
  setSummary,
  toReport,
  unassessedGoals,
  updateActivityReport,
  updateGoalReport,
} from './report-model';

/** A save or submit that lost against someone else's: the form reloads with a message. */
function isStale(error: unknown): boolean {
  return (
    isApiError(error, 409) &&
    (error.code === 'version_conflict' || error.code === 'follow_up_locked')
  );
}

/**
 * The working group's follow-up report: for every goal of the approved plan the current value, the
 * assessment on the five-step scale and a comment; for every activity its status and a comment;
 * a summary. Saved as a draft with the version it was based on; submitted for the trainer's review.
 */
export function ReportForm({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveReport(followUp.id);
  const submit = useSubmitFollowUp(followUp.id);
  const [base, setBase] = useState<FollowUp>(followUp);
  const [draft, setDraft] = useState<ReportDraft>(() => draftFrom(followUp.plan, followUp.report));
  const [error, setError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const saved = draftFrom(base.plan, base.report);
  const dirty = !sameReport(draft, saved);
  const plan = base.plan;
  const unassessed = unassessedGoals(draft);

  const blocker = useBlocker({
    shouldBlockFn: () => true,
    disabled: !dirty,
    enableBeforeUnload: () => dirty,
    withResolver: true,
  });

  // A newer version from the server (a refetch) replaces an unchanged draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version matters
  useEffect(() => {
    if (followUp.version === base.version) return;
    if (!dirty) {
      setBase(followUp);
      setDraft(draftFrom(followUp.plan, followUp.report));
    }
  }, [followUp.version]);

  const adopt = (f: FollowUp) => {
    setBase(f);
    setDraft(draftFrom(f.plan, f.report));
  };

  /** Someone else saved or submitted first: load theirs, say so. */
  const reload = async () => {
    setConfirmSubmit(false);
    const fresh = await queryClient.fetchQuery({
      ...followUpQueryOptions(followUp.id),
      staleTime: 0,
    });
    adopt(fresh);
    setReloaded(true);
    setError(null);
    await queryClient.invalidateQueries({ queryKey: followUpKey(followUp.id) });
  };

  const onError = (e: unknown) => {
    if (isStale(e)) void reload();
    else {
      setConfirmSubmit(false);
      setError(e);
    }
  };

  const doSave = (then?: (f: FollowUp) => void) => {
    setError(null);
    setReloaded(false);
    save.mutate(
      { version: base.version, report: toReport(draft) },
      {
        onSuccess: (f) => {
          adopt(f);
          if (then) then(f);
          else notify(t('followUps.report.saved'));
        },
        onError,
      },
    );
  };

  const doSubmit = (version: number) =>
    submit.mutate(version, {
      onSuccess: (f) => {
        adopt(f);
        setConfirmSubmit(false);
        notify(t('followUps.report.submitted'));
      },
      onError,
    });

  return (
    // Not a <form>: saving and submitting are separate actions, neither is "the" submit.
    <section aria-labelledby="report-form-title" data-testid="report-form">
      <Stack gap="lg">
        <Title order={2} size="h3" id="report-form-title">
          {t('followUps.report.title')}
        </Title>
        <Text>{t('followUps.report.intro')}</Text>
        {reloaded && (
          <Alert
            color="orange"
            title={t('followUps.report.reloadedTitle')}
            role="alert"
            data-testid="report-reloaded"
          >
            {t('followUps.report.reloaded')}
          </Alert>
        )}
        <ErrorAlert error={error} />

        <section aria-labelledby="report-goals-title">
          <Title order={3} size="h4" id="report-goals-title" mb="xs">
            {t('followUps.report.goalsTitle')}
          </Title>
          <Stack gap="md">
            {plan.goals.length === 0 && <Text>{t('plan.noGoals')}</Text>}
            {plan.goals.map((goal, i) => {
              const entry = draft.goals.find((g) => g.goal_id === goal.id);
              if (!entry) return null;
              return (
                <fieldset key={goal.id} className={classes.fieldset} data-testid="goal-report">
                  <legend className={classes.legend}>{goalLegend(t, goal, i)}</legend>
                  <Stack gap="sm">
                    <GoalFacts goal={goal} />
                    <NumberField
                      label={t('followUps.report.currentValue')}
                      description={
                        goal.unit ? t('followUps.report.unit', { unit: goal.unit }) : undefined
                      }
                      value={entry.current_value}
                      onChange={(current_value) =>
                        setDraft((d) => updateGoalReport(d, goal.id, { current_value }))
                      }
                    />
                    <Radio.Group
                      label={t('followUps.report.assessment')}
                      description={t('followUps.report.assessmentHint')}
                      value={entry.assessment ?? ''}
                      onChange={(value) =>
                        setDraft((d) =>
                          updateGoalReport(d, goal.id, { assessment: value as Assessment }),
                        )
                      }
                    >
                      <Stack gap={6} mt={6}>
                        {ASSESSMENTS.map((a) => (
                          <Radio key={a} value={a} label={t(`followUps.assessment.${a}`)} />
                        ))}
                      </Stack>
                    </Radio.Group>
                    <LanguageCheckedTextarea
                      label={t('followUps.report.comment')}
                      value={entry.comment}
                      onChange={(comment) =>
                        setDraft((d) => updateGoalReport(d, goal.id, { comment }))
                      }
                      autosize
                      minRows={2}
                    />
                  </Stack>
                </fieldset>
              );
            })}
          </Stack>
        </section>

        <section aria-labelledby="report-activities-title">
          <Title order={3} size="h4" id="report-activities-title" mb="xs">
            {t('followUps.report.activitiesTitle')}
          </Title>
          <Stack gap="md">
            {plan.activities.length === 0 && <Text>{t('plan.noActivities')}</Text>}
            {plan.activities.map((activity, i) => {
              const entry = draft.activities.find((a) => a.activity_id === activity.id);
              if (!entry) return null;
              return (
                <fieldset
                  key={activity.id}
                  className={classes.fieldset}
                  data-testid="activity-report"
                >
                  <legend className={classes.legend}>{activityLegend(t, activity, i)}</legend>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <NativeSelect
                      label={t('followUps.report.activityStatus')}
                      data={ACTIVITY_STATUSES.map((s) => ({
                        value: s,
                        label: t(`plan.activityStatus.${s}`),
                      }))}
                      value={entry.status}
                      onChange={(e) => {
                        const status = e.currentTarget.value as ActivityStatus;
                        setDraft((d) => updateActivityReport(d, activity.id, { status }));
                      }}
                    />
                    <LanguageCheckedTextarea
                      label={t('followUps.report.comment')}
                      value={entry.comment}
                      onChange={(comment) =>
                        setDraft((d) => updateActivityReport(d, activity.id, { comment }))
                      }
                      autosize
                      minRows={1}
                    />
                  </SimpleGrid>
                </fieldset>
              );
            })}
          </Stack>
        </section>

        <Paper withBorder p="md" radius="md">
          <LanguageCheckedTextarea
            label={t('followUps.report.summary')}
            description={t('followUps.report.summaryHint')}
            value={draft.summary}
            onChange={(summary) => setDraft((d) => setSummary(d, summary))}
            autosize
            minRows={3}
          />
        </Paper>

        <Group className={classes.saveBar} justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm" role="status" data-testid="report-dirty">
            {dirty ? t('followUps.report.unsaved') : t('followUps.report.allSaved')}
          </Text>
          <Group gap="xs">
            <Button disabled={!dirty} loading={save.isPending} onClick={() => doSave()}>
              {t('followUps.report.save')}
            </Button>
            <Button variant="outline" onClick={() => setConfirmSubmit(true)}>
              {t('followUps.report.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={blocker.status === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('plan.leave.title')}
      >
        <Stack>
          <Text>{t('followUps.report.leave')}</Text>
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

      <ConfirmDialog
        opened={confirmSubmit}
        title={t('followUps.report.submitTitle')}
        confirmLabel={t('followUps.report.submitConfirm')}
        busy={save.isPending || submit.isPending}
        error={confirmSubmit ? error : null}
        onClose={() => setConfirmSubmit(false)}
        onConfirm={() => {
          if (dirty) doSave((f) => doSubmit(f.version));
          else doSubmit(base.version);
        }}
      >
        <Stack>
          <Text>{t('followUps.report.submitBody')}</Text>
          {unassessed.length > 0 && (
            <Alert color="yellow" title={t('followUps.report.unassessedTitle')}>
              <List size="sm">
                {plan.goals
                  .map((g, i) => ({ g, i }))
                  .filter(({ g }) => unassessed.includes(g.id))
                  .map(({ g, i }) => (
                    <List.Item key={g.id}>{goalLegend(t, g, i)}</List.Item>
                  ))}
              </List>
            </Alert>
          )}
          {dirty && <Text size="sm">{t('followUps.report.savesFirst')}</Text>}
        </Stack>
      </ConfirmDialog>
    </section>
  );
}
