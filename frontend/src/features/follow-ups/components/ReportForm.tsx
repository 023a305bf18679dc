import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LanguageCheckedTextarea } from '@/components/LanguageCheckedField';
import { UnsavedChangesDialog } from '@/components/UnsavedChangesDialog';
import { useUnsavedChangesGuard } from '@/hooks/use-unsaved-changes-guard';
import { allows } from '@/lib/authorization';
import type { FollowUp } from '../api/types';
import classes from './follow-ups.module.css';
import { ReportActivities } from './ReportActivities';
import { ReportGoals } from './ReportGoals';
import { setSummary, unassessedGoals } from './report-model';
import { SubmitReportDialog } from './SubmitReportDialog';
import { useReportSaving } from './use-report-saving';

/**
 * The working group's follow-up report: for every goal of the approved plan the current value, the
 * assessment on the five-step scale and a comment; for every activity its status and a comment;
 * a summary. Saved as a draft with the version it was based on; submitted for the trainer's review
 * when the follow-up's `allowed_actions` has `follow-up:submit`.
 */
export function ReportForm({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const report = useReportSaving(followUp);
  const { plan, draft, setDraft, dirty, error } = report;
  const guard = useUnsavedChangesGuard(dirty);

  return (
    // Not a <form>: saving and submitting are separate actions, neither is "the" submit.
    <section aria-labelledby="report-form-title" data-testid="report-form">
      <Stack gap="lg">
        <Title order={2} size="h3" id="report-form-title">
          {t('followUps.report.title')}
        </Title>
        <Text>{t('followUps.report.intro')}</Text>
        {report.reloaded && (
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

        <ReportGoals goals={plan.goals} draft={draft} setDraft={setDraft} />
        <ReportActivities activities={plan.activities} draft={draft} setDraft={setDraft} />

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
            <Button disabled={!dirty} loading={report.saving} onClick={report.save}>
              {t('followUps.report.save')}
            </Button>
            {allows(followUp, 'follow-up:submit') && (
              <Button variant="outline" onClick={() => report.setConfirming(true)}>
                {t('followUps.report.submit')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>

      <UnsavedChangesDialog guard={guard} body={t('followUps.report.leave')} />

      <SubmitReportDialog
        opened={report.confirming}
        goals={plan.goals}
        unassessed={unassessedGoals(draft)}
        dirty={dirty}
        busy={report.busy}
        error={report.confirming ? error : null}
        onClose={() => report.setConfirming(false)}
        onConfirm={report.submit}
      />
    </section>
  );
}
