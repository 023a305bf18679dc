import type { components } from '@/client/schema';
import type { ApiBody, ApiResponse } from '@/lib/api';

export type DocumentList = ApiResponse<
  '/api/v1/certifications/{certification_id}/documents',
  'get'
>;
export type DocumentSummary = DocumentList['items'][number];
export type ReviewCounts = DocumentList['totals'];
export type StatusCounts = ReviewCounts['by_status'];
export type DocumentDetail = ApiResponse<'/api/v1/documents/{document_id}', 'get'>;
export type VersionSummary = DocumentDetail['versions'][number];
export type Version = ApiResponse<'/api/v1/document-versions/{version_id}', 'get'>;
export type Block = Version['blocks'][number];
export type DocumentFinding = Version['findings'][number];
export type PassageComment = Version['comments'][number];
export type Comparison = ApiResponse<'/api/v1/documents/{document_id}/compare', 'get'>;
export type LanguageSettings = ApiResponse<
  '/api/v1/organisations/{organisation_id}/language-settings',
  'get'
>;
export type AcceptedTerm = LanguageSettings['accepted_terms'][number];
export type LanguageSettingsUpdate = ApiBody<
  '/api/v1/organisations/{organisation_id}/language-settings',
  'put'
>;
export type AcceptedTermCreate = ApiBody<
  '/api/v1/organisations/{organisation_id}/accepted-terms',
  'post'
>;
export type Decision = ApiBody<'/api/v1/document-findings/{finding_id}/decision', 'post'>;
export type PastedDocument = ApiBody<
  '/api/v1/certifications/{certification_id}/documents/pasted',
  'post'
>;
export type CommentCreate = ApiBody<'/api/v1/document-versions/{version_id}/comments', 'post'>;
export type DocumentKind = components['schemas']['DocumentKind'];
export type ReviewStatus = components['schemas']['DocumentReviewStatus'];
export type FindingStatus = components['schemas']['FindingStatus'];
export type Locale = components['schemas']['Locale'];

/** What the caller may do, as the server's `allowed_actions` says (its policies decide). */
export type DocumentAction = components['schemas']['DocumentAction'];

export const DOCUMENT_KINDS = [
  'policy',
  'job_ad',
  'form',
  'web_text',
  'plan',
  'other',
] as const satisfies readonly DocumentKind[];

export const REVIEW_STATUSES = [
  'awaiting_review',
  'in_review',
  'reviewed',
  'superseded',
] as const satisfies readonly ReviewStatus[];

/** The settings a version was checked with (`VersionRead.settings`, a free-form snapshot). */
export interface CheckSettings {
  non_binary: boolean;
  disabled_groups: string[];
  accepted_terms: { term: string; reason: string }[];
}

/** The pasted text's limit (the same as the language check's). */
export const MAX_PASTED_CHARACTERS = 100_000;
/** What the file picker offers; the server judges the bytes (415 unsupported_document_type). */
export const ACCEPTED_FILES = [
  '.docx',
  '.odt',
  '.pdf',
  '.html',
  '.htm',
  '.txt',
  '.md',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/pdf',
  'text/html',
  'text/plain',
  'text/markdown',
].join(',');
