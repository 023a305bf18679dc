import type { ApiBody, ApiResponse } from '@/lib/api';

export type UserPage = ApiResponse<'/api/v1/users', 'get'>;
export type UserRow = UserPage['items'][number];
export type UserCreate = ApiBody<'/api/v1/users', 'post'>;
export type UserUpdate = ApiBody<'/api/v1/users/{user_id}', 'patch'>;

export const userKeys = {
  all: ['users'] as const,
};
