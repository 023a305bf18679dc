import type { ApiBody, ApiResponse } from '@/lib/api';

export type Invitation = ApiResponse<'/api/v1/auth/invitations/{token}', 'get'>;
export type InvitationAccept = ApiBody<'/api/v1/auth/invitations/accept', 'post'>;
