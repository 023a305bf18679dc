import type { ApiBody, ApiResponse } from '@/lib/api';

export type FollowUp = ApiResponse<'/api/v1/follow-ups/{follow_up_id}', 'get'>;
export type FollowUpSummary = ApiResponse<
  '/api/v1/certifications/{certification_id}/follow-ups',
  'get'
>[number];
export type FollowUpPage = ApiResponse<'/api/v1/follow-ups', 'get'>;
export type FollowUpStatus = FollowUp['status'];
export type FollowUpKind = FollowUp['kind'];
export type FollowUpReport = FollowUp['report'];
export type GoalReport = NonNullable<FollowUpReport['goals']>[number];
export type ActivityReport = NonNullable<FollowUpReport['activities']>[number];
export type Assessment = NonNullable<GoalReport['assessment']>;
export type ActivityStatus = ActivityReport['status'];
export type ReportSave = ApiBody<'/api/v1/follow-ups/{follow_up_id}/report', 'put'>;
export type ReviewBody = ApiBody<'/api/v1/follow-ups/{follow_up_id}/review', 'post'>;
export type ReviewOutcome = ReviewBody['outcome'];
export type Attachment = FollowUp['attachments'][number];
export type PlanContent = FollowUp['plan'];
export type PlanGoal = PlanContent['goals'][number];
export type PlanActivity = PlanContent['activities'][number];

/** The scale of the follow-up report, in the order the form shows it. */
export const ASSESSMENTS = [
  'large_extent',
  'some_extent',
  'small_extent',
  'not_at_all',
  'dont_know',
] as const satisfies readonly Assessment[];

export const ACTIVITY_STATUSES = [
  'planned',
  'in_progress',
  'done',
  'cancelled',
] as const satisfies readonly ActivityStatus[];

export const FOLLOW_UP_STATUSES = [
  'pending',
  'submitted',
  'needs_attention',
  'accepted',
] as const satisfies readonly FollowUpStatus[];

/** What a 400 attachment_refused says about the limits. */
export interface AttachmentLimits {
  max_bytes?: number;
  max_files?: number;
  allowed_types?: string[];
}
