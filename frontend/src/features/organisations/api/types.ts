import type { ApiBody, ApiResponse } from '@/lib/api';

export type Organisation = ApiResponse<'/api/v1/organisations/{organisation_id}', 'get'>;
export type OrganisationPage = ApiResponse<'/api/v1/organisations', 'get'>;
export type OrganisationCreate = ApiBody<'/api/v1/organisations', 'post'>;
export type OrganisationUpdate = ApiBody<'/api/v1/organisations/{organisation_id}', 'patch'>;
export type Member = ApiResponse<'/api/v1/organisations/{organisation_id}/members', 'get'>[number];
export type MemberInvite = ApiBody<'/api/v1/organisations/{organisation_id}/invitations', 'post'>;
export type Sector = Organisation['sector'];

export const SECTORS = [
  'municipality',
  'region',
  'state',
  'private',
  'non_profit',
  'other',
] as const satisfies readonly Sector[];

export const organisationKeys = {
  all: ['organisations'] as const,
  detail: (id: number) => ['organisations', 'detail', id] as const,
  members: (id: number) => ['organisations', 'detail', id, 'members'] as const,
};
