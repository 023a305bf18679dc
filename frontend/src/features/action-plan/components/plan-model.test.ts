import { describe, expect, it } from 'vitest';
import {
  addActivity,
  addGoal,
  emptyContent,
  missingGoalFields,
  newActivity,
  newGoal,
  normalise,
  removeActivity,
  removeGoal,
  sameContent,
  updateGoal,
} from './plan-model';

describe('plan model', () => {
  it('gives every new goal and activity its own UUID', () => {
    const a = newGoal();
    const b = newGoal();
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
    expect(newActivity().id).not.toBe(newActivity().id);
  });

  it('adds and removes goals without touching the others', () => {
    const g1 = newGoal('g1');
    const g2 = newGoal('g2');
    let content = addGoal(addGoal(emptyContent(), g1), g2);
    expect(content.goals.map((g) => g.id)).toEqual(['g1', 'g2']);
    content = removeGoal(content, 'g1');
    expect(content.goals.map((g) => g.id)).toEqual(['g2']);
  });

  it('unlinks a removed goal from the activities', () => {
    let content = addGoal(addGoal(emptyContent(), newGoal('g1')), newGoal('g2'));
    content = addActivity(content, { ...newActivity('a1'), goal_ids: ['g1', 'g2'] });
    content = addActivity(content, { ...newActivity('a2'), goal_ids: ['g1'] });
    content = removeGoal(content, 'g1');
    expect(content.activities.map((a) => a.goal_ids)).toEqual([['g2'], []]);
    expect(removeActivity(content, 'a1').activities.map((a) => a.id)).toEqual(['a2']);
  });

  it('never changes a goal id on update', () => {
    const content = updateGoal(addGoal(emptyContent(), newGoal('g1')), 'g1', {
      id: 'other',
      title: 'Fler sökande',
    } as never);
    expect(content.goals[0]).toMatchObject({ id: 'g1', title: 'Fler sökande' });
  });

  it('knows what a goal lacks for approval', () => {
    expect(missingGoalFields(newGoal())).toEqual(['baseline', 'target', 'deadline']);
    expect(
      missingGoalFields({ ...newGoal(), baseline: 0, target: 30, deadline: '2027-06-30' }),
    ).toEqual([]);
  });

  it('normalises partial documents and compares contents', () => {
    const partial = normalise({ goals: [{ id: 'g1', title: 'X' } as never] });
    expect(partial.vision).toBe('');
    expect(partial.goals[0]?.grounds).toEqual([]);
    expect(sameContent(partial, normalise(partial))).toBe(true);
    expect(sameContent(partial, { ...partial, vision: 'Ny' })).toBe(false);
  });
});
