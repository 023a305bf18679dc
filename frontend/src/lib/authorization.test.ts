import { describe, expect, it } from 'vitest';
import { allows, homePath, type Principal, type WithActions } from './authorization';

const admin: Principal = { role: 'admin' };
const trainer: Principal = { role: 'trainer' };
const auditor: Principal = { role: 'auditor' };
const member: Principal = { role: 'member', organisation_id: 1, member_role: 'member' };

describe('homePath', () => {
  it('sends members to their organisation, trainers to their overview, auditors to review', () => {
    expect(homePath(member)).toBe('/organisations/1');
    expect(homePath(admin)).toBe('/organisations');
    expect(homePath(auditor)).toBe('/recertification');
    expect(homePath(trainer)).toBe('/overview');
  });
});

describe('allows', () => {
  type PlanAction = 'plan:edit' | 'plan:submit' | 'plan:approve';
  const plan: WithActions<PlanAction> = { allowed_actions: ['plan:edit', 'plan:submit'] };

  it('allows exactly what the server lists', () => {
    expect(allows(plan, 'plan:edit')).toBe(true);
    expect(allows(plan, 'plan:submit')).toBe(true);
    expect(allows(plan, 'plan:approve')).toBe(false);
    expect(allows({ allowed_actions: [] as PlanAction[] }, 'plan:edit')).toBe(false);
  });

  it('allows nothing on what is not there (yet)', () => {
    expect(allows(null as WithActions<PlanAction> | null, 'plan:edit')).toBe(false);
    expect(allows(undefined as WithActions<PlanAction> | undefined, 'plan:edit')).toBe(false);
  });

  it('takes only the read model’s own actions', () => {
    // @ts-expect-error a misspelt action does not compile
    expect(allows(plan, 'plan:aprove')).toBe(false);
    // @ts-expect-error nor does another read model's action
    expect(allows(plan, 'certificate:suspend')).toBe(false);
  });
});
