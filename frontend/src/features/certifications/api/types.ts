import type { ApiBody, ApiResponse } from '@/lib/api';

export type Certification = ApiResponse<'/api/v1/certifications/{certification_id}', 'get'>;
export type CertificationPage = ApiResponse<'/api/v1/certifications', 'get'>;
export type CertificationCreate = ApiBody<'/api/v1/certifications', 'post'>;
export type CertificationUpdate = ApiBody<'/api/v1/certifications/{certification_id}', 'patch'>;
export type CertificationEvent = ApiResponse<
  '/api/v1/certifications/{certification_id}/events',
  'get'
>[number];
export type CertificationStatus = Certification['status'];
export type CertificationStage = Certification['stage'];

export const CERTIFICATION_STATUSES = [
  'open',
  'plan_submitted',
  'changes_requested',
  'certified',
  'cancelled',
] as const satisfies readonly CertificationStatus[];

export const STAGES = [
  'training',
  'planning',
  'review',
  'certified',
  'cancelled',
] as const satisfies readonly CertificationStage[];
