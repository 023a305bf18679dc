/**
 * The follow-up report as the form edits it: one entry per goal and activity of the approved plan,
 * in the plan's order, whatever the saved report holds (entries for items no longer in the plan
 * are dropped: the API refuses them with `unknown_plan_item`). Pure functions, tested without
 * rendering.
 */
import type {
  ActivityReport,
  ActivityStatus,
  Assessment,
  FollowUpReport,
  GoalReport,
  PlanContent,
} from '../api/types';

export interface GoalDraft {
  goal_id: string;
  current_value: number | null;
  assessment: Assessment | null;
  comment: string;
}

export interface ActivityDraft {
  activity_id: string;
  status: ActivityStatus;
  comment: string;
}

export interface ReportDraft {
  summary: string;
  goals: GoalDraft[];
  activities: ActivityDraft[];
}

/** The draft for `plan` from a saved report (or none): every goal and activity has an entry. */
export function draftFrom(
  plan: Partial<PlanContent> | null | undefined,
  report: Partial<FollowUpReport> | null | undefined,
): ReportDraft {
  const goals = new Map((report?.goals ?? []).map((g) => [g.goal_id, g]));
  const activities = new Map((report?.activities ?? []).map((a) => [a.activity_id, a]));
  return {
    summary: report?.summary ?? '',
    goals: (plan?.goals ?? []).map((g) => {
      const saved = goals.get(g.id);
      return {
        goal_id: g.id,
        current_value: saved?.current_value ?? null,
        assessment: saved?.assessment ?? null,
        comment: saved?.comment ?? '',
      };
    }),
    activities: (plan?.activities ?? []).map((a) => {
      const saved = activities.get(a.id);
      return {
        activity_id: a.id,
        // Until the group says otherwise, an activity stands where the plan left it.
        status: saved?.status ?? a.status ?? 'planned',
        comment: saved?.comment ?? '',
      };
    }),
  };
}

/** The body of `PUT /follow-ups/{id}/report`: texts trimmed, everything else as drafted. */
export function toReport(draft: ReportDraft): FollowUpReport {
  return {
    summary: draft.summary.trim(),
    goals: draft.goals.map(
      (g): GoalReport => ({
        goal_id: g.goal_id,
        current_value: g.current_value,
        assessment: g.assessment,
        comment: g.comment.trim(),
      }),
    ),
    activities: draft.activities.map(
      (a): ActivityReport => ({
        activity_id: a.activity_id,
        status: a.status,
        comment: a.comment.trim(),
      }),
    ),
  };
}

/** Whether two drafts would save the same report. */
export function sameReport(a: ReportDraft, b: ReportDraft): boolean {
  return JSON.stringify(toReport(a)) === JSON.stringify(toReport(b));
}

export function setSummary(draft: ReportDraft, summary: string): ReportDraft {
  return { ...draft, summary };
}

export function updateGoalReport(
  draft: ReportDraft,
  goalId: string,
  patch: Partial<Omit<GoalDraft, 'goal_id'>>,
): ReportDraft {
  return {
    ...draft,
    goals: draft.goals.map((g) => (g.goal_id === goalId ? { ...g, ...patch } : g)),
  };
}

export function updateActivityReport(
  draft: ReportDraft,
  activityId: string,
  patch: Partial<Omit<ActivityDraft, 'activity_id'>>,
): ReportDraft {
  return {
    ...draft,
    activities: draft.activities.map((a) =>
      a.activity_id === activityId ? { ...a, ...patch } : a,
    ),
  };
}

/** Ids of the goals that have no assessment yet: submitting asks about them first. */
export function unassessedGoals(draft: ReportDraft): string[] {
  return draft.goals.filter((g) => g.assessment === null).map((g) => g.goal_id);
}
