/**
 * Roles, where each starts, and what the server allows. The UI decides nothing itself: every read
 * model carries `allowed_actions` (what the caller may do with it now, from the server's policies,
 * which also weigh its state), and `GET /users/me` the global ones (open a certification, manage
 * accounts...). `allows` reads either.
 */
export const ROLES = ['admin', 'trainer', 'auditor', 'member'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['admin', 'trainer', 'auditor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type MemberRole = 'lead' | 'member';

export interface Principal {
  id?: number;
  role: Role;
  organisation_id?: number | null;
  member_role?: MemberRole | null;
}

/** Anything the server sends with `allowed_actions`: a read model, or the signed-in user. */
export interface WithActions<A extends string> {
  readonly allowed_actions: readonly A[];
}

/**
 * Whether the server allows `action` on `resource` (for the global actions: on the signed-in
 * user). The action is typed from the read model's own list, so a misspelt one, or one the read
 * model never carries, does not compile. Nothing (still loading, no such object) allows nothing.
 */
export function allows<A extends string>(
  resource: WithActions<A> | null | undefined,
  action: NoInfer<A>,
): boolean {
  return resource?.allowed_actions.includes(action) ?? false;
}

/**
 * Where `/` leads: members to their own organisation, trainers to their overview, auditors to the
 * re-certification work ("Granskning"), admins to the organisation list.
 */
export function homePath(user: Principal): string {
  if (user.role === 'member' && user.organisation_id) {
    return `/organisations/${user.organisation_id}`;
  }
  if (user.role === 'trainer') return '/overview';
  if (user.role === 'auditor') return '/recertification';
  return '/organisations';
}
