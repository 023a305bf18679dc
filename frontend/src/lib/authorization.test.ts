import { describe, expect, it } from 'vitest';
import { can, homePath, type Principal } from './authorization';

const admin: Principal = { role: 'admin' };
const trainer: Principal = { role: 'trainer' };
const auditor: Principal = { role: 'auditor' };
const lead: Principal = { role: 'member', organisation_id: 1, member_role: 'lead' };
const member: Principal = { role: 'member', organisation_id: 1, member_role: 'member' };
const own = { id: 1 };
const other = { id: 2 };

describe('policies', () => {
  it('only admins create organisations and manage users', () => {
    for (const p of ['organisation:create', 'users:manage'] as const) {
      expect(can(admin, p)).toBe(true);
      expect(can(trainer, p)).toBe(false);
      expect(can(auditor, p)).toBe(false);
      expect(can(lead, p)).toBe(false);
      expect(can(member, p)).toBe(false);
    }
  });

  it.each(['organisation:update', 'members:invite', 'members:remove'] as const)(
    '%s: admins anywhere, leads only in their own organisation',
    (policy) => {
      expect(can(admin, policy, other)).toBe(true);
      expect(can(lead, policy, own)).toBe(true);
      expect(can(lead, policy, other)).toBe(false);
      expect(can(member, policy, own)).toBe(false);
      expect(can(trainer, policy, own)).toBe(false);
    },
  );

  it('nobody may do anything without a user', () => {
    expect(can(null, 'organisation:list')).toBe(false);
    expect(can(undefined, 'users:manage')).toBe(false);
  });
});

describe('certification policies', () => {
  const assigned: Principal = { id: 10, role: 'trainer' };
  const otherTrainer: Principal = { id: 11, role: 'trainer' };
  const cert = { id: 5, organisation_id: 1, trainers: [{ id: 10 }] };
  const otherCert = { id: 6, organisation_id: 2, trainers: [{ id: 11 }] };

  it('only admins open certifications, change them and edit agenda templates', () => {
    for (const p of [
      'certification:open',
      'certification:update',
      'certification:cancel',
      'agenda-templates:manage',
    ] as const) {
      expect(can(admin, p)).toBe(true);
      expect(can(assigned, p)).toBe(false);
      expect(can(auditor, p)).toBe(false);
      expect(can(lead, p)).toBe(false);
    }
  });

  it.each(['training:plan', 'agenda:edit', 'sessions:manage', 'live:run'] as const)(
    '%s: admins and the assigned trainers',
    (policy) => {
      expect(can(admin, policy, cert)).toBe(true);
      expect(can(assigned, policy, cert)).toBe(true);
      expect(can(otherTrainer, policy, cert)).toBe(false);
      expect(can(auditor, policy, cert)).toBe(false);
      expect(can(lead, policy, cert)).toBe(false);
    },
  );

  it('the working group of the organisation edits and submits; assigned trainers review', () => {
    expect(can(member, 'plan:edit', cert)).toBe(true);
    expect(can(member, 'plan:submit', cert)).toBe(true);
    expect(can(member, 'plan:edit', otherCert)).toBe(false);
    expect(can(assigned, 'plan:edit', cert)).toBe(false);
    expect(can(assigned, 'plan:review', cert)).toBe(true);
    expect(can(otherTrainer, 'plan:review', cert)).toBe(false);
    expect(can(admin, 'plan:review', cert)).toBe(false);
    expect(can(member, 'plan:review', cert)).toBe(false);
  });

  it('comments come from the working group, the assigned trainers and admins', () => {
    expect(can(member, 'plan:comment', cert)).toBe(true);
    expect(can(assigned, 'plan:comment', cert)).toBe(true);
    expect(can(admin, 'plan:comment', cert)).toBe(true);
    expect(can(otherTrainer, 'plan:comment', cert)).toBe(false);
    expect(can(auditor, 'plan:comment', cert)).toBe(false);
    expect(can(member, 'plan:comment', otherCert)).toBe(false);
  });

  it('the working group reports follow-ups; the assigned trainers review them', () => {
    expect(can(member, 'follow-up:report', cert)).toBe(true);
    expect(can(member, 'follow-up:report', otherCert)).toBe(false);
    expect(can(admin, 'follow-up:report', cert)).toBe(false);
    expect(can(assigned, 'follow-up:review', cert)).toBe(true);
    expect(can(otherTrainer, 'follow-up:review', cert)).toBe(false);
    expect(can(admin, 'follow-up:review', cert)).toBe(false);
    expect(can(member, 'follow-up:review', cert)).toBe(false);
  });

  it('admins and auditors handle re-certification and suspension; only admins assign', () => {
    for (const p of [
      'recertification:view',
      'review:schedule',
      'review:decide',
      'certificate:suspend',
    ] as const) {
      expect(can(admin, p)).toBe(true);
      expect(can(auditor, p)).toBe(true);
      expect(can(assigned, p)).toBe(false);
      expect(can(lead, p)).toBe(false);
    }
    expect(can(admin, 'review:assign')).toBe(true);
    expect(can(auditor, 'review:assign')).toBe(false);
  });

  it("the overview is the trainers' dashboard", () => {
    expect(can(assigned, 'dashboard:view')).toBe(true);
    expect(can(admin, 'dashboard:view')).toBe(false);
    expect(can(member, 'dashboard:view')).toBe(false);
  });
});

describe('homePath', () => {
  it('sends members to their organisation, trainers to their overview, auditors to review', () => {
    expect(homePath(member)).toBe('/organisations/1');
    expect(homePath(admin)).toBe('/organisations');
    expect(homePath(auditor)).toBe('/recertification');
    expect(homePath(trainer)).toBe('/overview');
  });
});

describe('live exercises and evaluations', () => {
  it('staff see evaluation results; only admins keep the question bank', () => {
    expect(can(admin, 'evaluations:view')).toBe(true);
    expect(can(trainer, 'evaluations:view')).toBe(true);
    expect(can(auditor, 'evaluations:view')).toBe(true);
    expect(can(lead, 'evaluations:view')).toBe(false);
    expect(can(admin, 'question-bank:manage')).toBe(true);
    expect(can(trainer, 'question-bank:manage')).toBe(false);
    expect(can(auditor, 'question-bank:manage')).toBe(false);
    expect(can(admin, 'outbox:manage')).toBe(true);
    expect(can(trainer, 'outbox:manage')).toBe(false);
    expect(can(auditor, 'outbox:manage')).toBe(false);
  });
});
