import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiBody, client, unwrap } from '@/lib/api';
import { meQueryKey } from '@/lib/auth';

export type ProfileUpdate = ApiBody<'/api/v1/users/me', 'patch'>;

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileUpdate) => unwrap(client.PATCH('/api/v1/users/me', { body })),
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
