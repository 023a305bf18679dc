/**
 * The action plan as the editor changes it: pure functions over the plan's `content`, so the
 * editor's behaviour is tested without rendering. Goals and activities get client-made UUIDs that
 * never change (the server merges concurrent edits by them).
 */
import { newId } from '@/lib/ids';
import type { Activity, Goal, PlanContent } from '../api/types';

export function emptyContent(): PlanContent {
  return { vision: '', goals: [], activities: [] };
}

/** The server's content with every field present (older or partial documents included). */
export function normalise(content: Partial<PlanContent> | null | undefined): PlanContent {
  return {
    vision: content?.vision ?? '',
    goals: (content?.goals ?? []).map((g) => ({
      ...newGoal(g.id),
      ...g,
      grounds: g.grounds ?? [],
    })),
    activities: (content?.activities ?? []).map((a) => ({
      ...newActivity(a.id),
      ...a,
      goal_ids: a.goal_ids ?? [],
    })),
  };
}

export function newGoal(id: string = newId()): Goal {
  return {
    id,
    title: '',
    indicator: '',
    unit: '',
    baseline: null,
    target: null,
    deadline: null,
    responsible: '',
    grounds: [],
  };
}

export function newActivity(id: string = newId()): Activity {
  return {
    id,
    description: '',
    responsible: '',
    start_date: null,
    due_date: null,
    status: 'planned',
    goal_ids: [],
  };
}

export function setVision(content: PlanContent, vision: string): PlanContent {
  return { ...content, vision };
}

export function addGoal(content: PlanContent, goal: Goal = newGoal()): PlanContent {
  return { ...content, goals: [...content.goals, goal] };
}

export function updateGoal(content: PlanContent, id: string, patch: Partial<Goal>): PlanContent {
  return {
    ...content,
    goals: content.goals.map((g) => (g.id === id ? { ...g, ...patch, id: g.id } : g)),
  };
}

/** Removes a goal and unlinks it from every activity (an activity may end up with no goal). */
export function removeGoal(content: PlanContent, id: string): PlanContent {
  return {
    ...content,
    goals: content.goals.filter((g) => g.id !== id),
    activities: content.activities.map((a) =>
      a.goal_ids.includes(id) ? { ...a, goal_ids: a.goal_ids.filter((g) => g !== id) } : a,
    ),
  };
}

export function addActivity(content: PlanContent, activity: Activity = newActivity()): PlanContent {
  return { ...content, activities: [...content.activities, activity] };
}

export function updateActivity(
  content: PlanContent,
  id: string,
  patch: Partial<Activity>,
): PlanContent {
  return {
    ...content,
    activities: content.activities.map((a) => (a.id === id ? { ...a, ...patch, id: a.id } : a)),
  };
}

export function removeActivity(content: PlanContent, id: string): PlanContent {
  return { ...content, activities: content.activities.filter((a) => a.id !== id) };
}

/** Deep equality of two contents as the server would store them. */
export function sameContent(a: PlanContent, b: PlanContent): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** Goal fields the trainer needs before approving. */
export const REQUIRED_GOAL_FIELDS = ['baseline', 'target', 'deadline'] as const;

/** What a goal still lacks for approval (the API checks the same). */
export function missingGoalFields(goal: Goal): (typeof REQUIRED_GOAL_FIELDS)[number][] {
  return REQUIRED_GOAL_FIELDS.filter(
    (f) => goal[f] === null || goal[f] === undefined || goal[f] === '',
  );
}
