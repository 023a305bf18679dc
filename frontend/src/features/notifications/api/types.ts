import type { ApiResponse } from '@/lib/api';

export type NotificationPage = ApiResponse<'/api/v1/notifications', 'get'>;
export type Notification = NotificationPage['items'][number];
