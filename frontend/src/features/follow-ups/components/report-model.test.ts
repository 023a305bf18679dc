import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../api/types';
import {
  draftFrom,
  sameReport,
  setSummary,
  toReport,
  unassessedGoals,
  updateActivityReport,
  updateGoalReport,
} from './report-model';

const goal = (id: string) => ({
  id,
  title: `Mål ${id}`,
  indicator: 'Andel',
  unit: '%',
  baseline: 30,
  target: 50,
  deadline: '2027-06-30',
  responsible: 'HR',
  grounds: [],
});
const activity = (id: string, status: 'planned' | 'in_progress' | 'done' | 'cancelled') => ({
  id,
  description: `Aktivitet ${id}`,
  responsible: '',
  start_date: null,
  due_date: null,
  status,
  goal_ids: [],
});
const plan: PlanContent = {
  vision: 'V',
  goals: [goal('g1'), goal('g2')],
  activities: [activity('a1', 'planned'), activity('a2', 'in_progress')],
};

describe('the follow-up report draft', () => {
  it('has an entry for every goal and activity of the plan, in its order', () => {
    const draft = draftFrom(plan, null);
    expect(draft.goals.map((g) => g.goal_id)).toEqual(['g1', 'g2']);
    expect(draft.goals[0]).toEqual({
      goal_id: 'g1',
      current_value: null,
      assessment: null,
      comment: '',
    });
    // Activities start where the plan left them.
    expect(draft.activities.map((a) => [a.activity_id, a.status])).toEqual([
      ['a1', 'planned'],
      ['a2', 'in_progress'],
    ]);
    expect(draft.summary).toBe('');
  });

  it('keeps what was saved and drops entries for items no longer in the plan', () => {
    const draft = draftFrom(plan, {
      summary: 'Bra år',
      goals: [
        { goal_id: 'g2', current_value: 41.5, assessment: 'some_extent', comment: 'På väg' },
        { goal_id: 'gone', current_value: 1, assessment: 'dont_know', comment: '' },
      ],
      activities: [{ activity_id: 'a1', status: 'done', comment: 'Klar i maj' }],
    });
    expect(draft.summary).toBe('Bra år');
    expect(draft.goals).toEqual([
      { goal_id: 'g1', current_value: null, assessment: null, comment: '' },
      { goal_id: 'g2', current_value: 41.5, assessment: 'some_extent', comment: 'På väg' },
    ]);
    expect(draft.activities[0]).toEqual({
      activity_id: 'a1',
      status: 'done',
      comment: 'Klar i maj',
    });
    expect(draft.activities[1]?.status).toBe('in_progress');
  });

  it('edits goals, activities and the summary without touching the rest', () => {
    let draft = draftFrom(plan, null);
    const before = draft;
    draft = updateGoalReport(draft, 'g1', { current_value: 35, assessment: 'large_extent' });
    draft = updateActivityReport(draft, 'a2', { status: 'done', comment: '  Klart  ' });
    draft = setSummary(draft, '  Sammanfattning ');
    expect(before.goals[0]?.current_value).toBeNull();
    expect(draft.goals[1]).toEqual(before.goals[1]);
    expect(toReport(draft)).toEqual({
      summary: 'Sammanfattning',
      goals: [
        { goal_id: 'g1', current_value: 35, assessment: 'large_extent', comment: '' },
        { goal_id: 'g2', current_value: null, assessment: null, comment: '' },
      ],
      activities: [
        { activity_id: 'a1', status: 'planned', comment: '' },
        { activity_id: 'a2', status: 'done', comment: 'Klart' },
      ],
    });
  });

  it('knows when nothing changed and which goals lack an assessment', () => {
    const draft = draftFrom(plan, null);
    expect(sameReport(draft, draftFrom(plan, toReport(draft)))).toBe(true);
    expect(sameReport(draft, setSummary(draft, 'x'))).toBe(false);
    // Whitespace alone is not a change worth saving.
    expect(sameReport(draft, setSummary(draft, '   '))).toBe(true);
    expect(unassessedGoals(draft)).toEqual(['g1', 'g2']);
    expect(unassessedGoals(updateGoalReport(draft, 'g2', { assessment: 'dont_know' }))).toEqual([
      'g1',
    ]);
  });

  it('copes with an empty plan', () => {
    expect(draftFrom(undefined, undefined)).toEqual({ summary: '', goals: [], activities: [] });
  });
});
