import type { ApiBody, ApiResponse } from '@/lib/api';

export type Plan = ApiResponse<'/api/v1/certifications/{certification_id}/plan', 'get'>;
export type PlanSave = ApiBody<'/api/v1/certifications/{certification_id}/plan', 'put'>;
export type PlanContent = Plan['content'];
export type Goal = PlanContent['goals'][number];
export type Activity = PlanContent['activities'][number];
export type Ground = Goal['grounds'][number];
export type ActivityStatus = Activity['status'];
export type PlanStatus = Plan['status'];
export type PlanVersionSummary = ApiResponse<
  '/api/v1/certifications/{certification_id}/plan/versions',
  'get'
>[number];
export type PlanVersion = ApiResponse<
  '/api/v1/certifications/{certification_id}/plan/versions/{version}',
  'get'
>;
export type PlanDiff = ApiResponse<'/api/v1/certifications/{certification_id}/plan/diff', 'get'>;
export type PlanChange = PlanDiff['changes'][number];
export type PlanComment = ApiResponse<
  '/api/v1/certifications/{certification_id}/plan/comments',
  'get'
>['items'][number];
export type PlanCommentCreate = ApiBody<
  '/api/v1/certifications/{certification_id}/plan/comments',
  'post'
>;
export type CommentTarget = PlanComment['target'];
export type Approval = ApiResponse<
  '/api/v1/certifications/{certification_id}/plan/approve',
  'post'
>;

/** Sweden's seven grounds of discrimination (diskrimineringsgrunder), in the law's order. */
export const GROUNDS = [
  'sex',
  'transgender_identity',
  'ethnicity',
  'religion',
  'disability',
  'sexual_orientation',
  'age',
] as const satisfies readonly Ground[];

export const ACTIVITY_STATUSES = [
  'planned',
  'in_progress',
  'done',
  'cancelled',
] as const satisfies readonly ActivityStatus[];

/** 409 version_conflict on a plan save. */
export interface PlanConflict {
  current: Plan;
  merged: PlanContent;
  conflicts: { path: string; base?: unknown; mine: unknown; theirs: unknown }[];
}

/** One reason in a 409 approval_preconditions_failed. */
export interface ApprovalReason {
  code: string;
  missing?: (number | string)[];
  count?: number;
  min?: number;
  max?: number;
  goal_id?: string;
  [key: string]: unknown;
}
