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
  id?: number;
  role: Role;
  organisation_id?: number | null;
  member_role?: MemberRole | null;
}

/**
 * What a policy is asked about: an organisation (`{id}`), or a certification
 * (`{id, organisation_id, trainers}`).
 */
export interface Resource {
  id: number;
  organisation_id?: number;
  trainers?: readonly { id: number }[];
}

const isAdmin = (u: Principal) => u.role === 'admin';
const isStaff = (u: Principal) => u.role !== 'member';
const isAuditor = (u: Principal) => u.role === 'auditor';
const isLeadOf = (u: Principal, org?: Resource) =>
  u.role === 'member' && u.member_role === 'lead' && !!org && u.organisation_id === org.id;
/** A member of the working group of the certification's organisation. */
const isMemberOf = (u: Principal, cert?: Resource) =>
  u.role === 'member' &&
  !!cert &&
  cert.organisation_id !== undefined &&
  u.organisation_id === cert.organisation_id;
/** A trainer assigned to the certification. */
const isAssignedTrainer = (u: Principal, cert?: Resource) =>
  u.role === 'trainer' && !!cert && !!cert.trainers?.some((t) => t.id === u.id);

export const POLICIES = {
  'organisation:list': (_u: Principal) => true,
  'organisation:create': (u: Principal) => isAdmin(u),
  'organisation:update': (u: Principal, org?: Resource) => isAdmin(u) || isLeadOf(u, org),
  'members:invite': (u: Principal, org?: Resource) => isAdmin(u) || isLeadOf(u, org),
  'members:remove': (u: Principal, org?: Resource) => isAdmin(u) || isLeadOf(u, org),
  'users:manage': (u: Principal) => isAdmin(u),
  // The certification cycle (docs/api.md, "Endpoints (the certification cycle)").
  'certification:list': (u: Principal) => isStaff(u),
  'certification:open': (u: Principal) => isAdmin(u),
  'certification:update': (u: Principal) => isAdmin(u),
  'certification:cancel': (u: Principal) => isAdmin(u),
  'dashboard:view': (u: Principal) => u.role === 'trainer',
  'agenda-templates:manage': (u: Principal) => isAdmin(u),
  'training:plan': (u: Principal, cert?: Resource) => isAdmin(u) || isAssignedTrainer(u, cert),
  'agenda:edit': (u: Principal, cert?: Resource) => isAdmin(u) || isAssignedTrainer(u, cert),
  'sessions:manage': (u: Principal, cert?: Resource) => isAdmin(u) || isAssignedTrainer(u, cert),
  'plan:edit': (u: Principal, cert?: Resource) => isAdmin(u) || isMemberOf(u, cert),
  'plan:submit': (u: Principal, cert?: Resource) => isMemberOf(u, cert),
  'plan:review': (u: Principal, cert?: Resource) => isAssignedTrainer(u, cert),
  'plan:comment': (u: Principal, cert?: Resource) =>
    isAdmin(u) || isAssignedTrainer(u, cert) || isMemberOf(u, cert),
  // After the certificate (docs/api.md, "Endpoints (after the certificate)").
  'follow-up:report': (u: Principal, cert?: Resource) => isMemberOf(u, cert),
  'follow-up:review': (u: Principal, cert?: Resource) => isAssignedTrainer(u, cert),
  'recertification:view': (u: Principal) => isAdmin(u) || isAuditor(u),
  'review:schedule': (u: Principal) => isAdmin(u) || isAuditor(u),
  /** Admins choose the auditor of a review; an auditor schedules reviews for themselves. */
  'review:assign': (u: Principal) => isAdmin(u),
  'review:decide': (u: Principal) => isAdmin(u) || isAuditor(u),
  'certificate:suspend': (u: Principal) => isAdmin(u) || isAuditor(u),
  // Live exercises and evaluations (docs/api.md, "Endpoints (live exercises and evaluations)").
  /** Open and run a training day's live room, attach exercise results to a workshop. */
  'live:run': (u: Principal, cert?: Resource) => isAdmin(u) || isAssignedTrainer(u, cert),
  /** Evaluation results: trainers see their own certifications' (the API filters). */
  'evaluations:view': (u: Principal) => isStaff(u),
  'question-bank:manage': (u: Principal) => isAdmin(u),
  /** The mail queue: unsent mail with its reasons, and sending a failed one again. */
  'outbox:manage': (u: Principal) => isAdmin(u),
} satisfies Record<string, (u: Principal, resource?: Resource) => boolean>;

export type Policy = keyof typeof POLICIES;

export function can(
  user: Principal | null | undefined,
  policy: Policy,
  resource?: Resource,
): boolean {
  if (!user) return false;
  return POLICIES[policy](user, resource);
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

/** The working group should have 3–8 people. */
export const WORKING_GROUP_MIN = 3;
export const WORKING_GROUP_MAX = 8;
