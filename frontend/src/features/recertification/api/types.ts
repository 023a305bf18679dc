import type { ApiBody, ApiResponse } from '@/lib/api';

export type RecertPage = ApiResponse<'/api/v1/recertification/certificates', 'get'>;
export type RecertItem = RecertPage['items'][number];
export type RecertWindow = 'open' | 'expiring' | 'all';
export type Review = ApiResponse<'/api/v1/reviews/{review_id}', 'get'>;
export type ReviewSummary = NonNullable<RecertItem['review']>;
export type ReviewCreate = ApiBody<'/api/v1/certificates/{certificate_id}/reviews', 'post'>;
export type ReviewUpdate = ApiBody<'/api/v1/reviews/{review_id}', 'patch'>;
export type Decision = ApiBody<'/api/v1/reviews/{review_id}/decide', 'post'>;
export type DecisionResult = ApiResponse<'/api/v1/reviews/{review_id}/decide', 'post'>;
export type ReviewOutcome = NonNullable<Review['outcome']>;
export type Effort = NonNullable<Decision['efforts']>[number];
export type Basis = Review['basis'];
export type GoalProgress = Basis['goals'][number];
export type Certificate = ApiResponse<'/api/v1/certificates/{certificate_id}', 'get'>;

export const OUTCOMES = [
  'renewed',
  'renewed_with_efforts',
  'not_renewed',
] as const satisfies readonly ReviewOutcome[];
