import type { ApiResponse } from '@/lib/api';

export type OutboxPage = ApiResponse<'/api/v1/outbox-messages', 'get'>;
export type OutboxRow = OutboxPage['items'][number];
export type OutboxStatus = OutboxRow['status'];

export const outboxKeys = {
  all: ['outbox'] as const,
  list: (params: object) => ['outbox', 'list', params] as const,
};
