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

describe('homePath', () => {
  it('sends members to their organisation and everyone else to the list', () => {
    expect(homePath(member)).toBe('/organisations/1');
    expect(homePath(admin)).toBe('/organisations');
    expect(homePath(trainer)).toBe('/organisations');
  });
});
