/**
 * Roles and policies: the one place the UI decides what a user may see or do. The API enforces the
 * same rules; this only keeps the UI from offering what would fail.
 */
export const ROLES = ['admin', 'trainer', 'auditor', 'member'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['admin', 'trainer', 'auditor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type MemberRole = 'lead' | 'member';

export interface Principal {
  role: Role;
  organisation_id?: number | null;
  member_role?: MemberRole | null;
}

interface OrganisationRef {
  id: number;
}

const isAdmin = (u: Principal) => u.role === 'admin';
const isLeadOf = (u: Principal, org?: OrganisationRef) =>
  u.role === 'member' && u.member_role === 'lead' && !!org && u.organisation_id === org.id;

export const POLICIES = {
  'organisation:list': (_u: Principal) => true,
  'organisation:create': (u: Principal) => isAdmin(u),
  'organisation:update': (u: Principal, org?: OrganisationRef) => isAdmin(u) || isLeadOf(u, org),
  'members:invite': (u: Principal, org?: OrganisationRef) => isAdmin(u) || isLeadOf(u, org),
  'members:remove': (u: Principal, org?: OrganisationRef) => isAdmin(u) || isLeadOf(u, org),
  'users:manage': (u: Principal) => isAdmin(u),
} satisfies Record<string, (u: Principal, org?: OrganisationRef) => boolean>;

export type Policy = keyof typeof POLICIES;

export function can(
  user: Principal | null | undefined,
  policy: Policy,
  organisation?: OrganisationRef,
): boolean {
  if (!user) return false;
  return POLICIES[policy](user, organisation);
}

/** Where `/` leads: members to their own organisation, everyone else to the organisation list. */
export function homePath(user: Principal): string {
  if (user.role === 'member' && user.organisation_id) {
    return `/organisations/${user.organisation_id}`;
  }
  return '/organisations';
}

/** The working group should have 3–8 people. */
export const WORKING_GROUP_MIN = 3;
export const WORKING_GROUP_MAX = 8;
