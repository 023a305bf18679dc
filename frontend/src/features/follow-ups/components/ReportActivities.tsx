import { NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageCheckedTextarea } from '@/components/LanguageCheckedField';
import { ACTIVITY_STATUSES, type ActivityStatus, type PlanActivity } from '../api/types';
import classes from './follow-ups.module.css';
import { activityLegend } from './GoalFacts';
import { type ActivityDraft, type ReportDraft, updateActivityReport } from './report-model';

/** One activity of the report: where it stands now, and a comment. */
function ActivityReportFields({
  activity,
  index,
  entry,
  onChange,
}: {
  activity: PlanActivity;
  index: number;
  entry: ActivityDraft;
  onChange: (patch: Partial<Omit<ActivityDraft, 'activity_id'>>) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={classes.fieldset} data-testid="activity-report">
      <legend className={classes.legend}>{activityLegend(t, activity, index)}</legend>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('followUps.report.activityStatus')}
          data={ACTIVITY_STATUSES.map((s) => ({
            value: s,
            label: t(`plan.activityStatus.${s}`),
          }))}
          value={entry.status}
          onChange={(e) => onChange({ status: e.currentTarget.value as ActivityStatus })}
        />
        <LanguageCheckedTextarea
          label={t('followUps.report.comment')}
          value={entry.comment}
          onChange={(comment) => onChange({ comment })}
          autosize
          minRows={1}
        />
      </SimpleGrid>
    </fieldset>
  );
}

/** "Aktiviteter": every activity of the approved plan, in the plan's order. */
export function ReportActivities({
  activities,
  draft,
  setDraft,
}: {
  activities: readonly PlanActivity[];
  draft: ReportDraft;
  setDraft: (update: (d: ReportDraft) => ReportDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="report-activities-title">
      <Title order={3} size="h4" id="report-activities-title" mb="xs">
        {t('followUps.report.activitiesTitle')}
      </Title>
      <Stack gap="md">
        {activities.length === 0 && <Text>{t('plan.noActivities')}</Text>}
        {activities.map((activity, i) => {
          const entry = draft.activities.find((a) => a.activity_id === activity.id);
          if (!entry) return null;
          return (
            <ActivityReportFields
              key={activity.id}
              activity={activity}
              index={i}
              entry={entry}
              onChange={(patch) => setDraft((d) => updateActivityReport(d, activity.id, patch))}
            />
          );
        })}
      </Stack>
    </section>
  );
}
