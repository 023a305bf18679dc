import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; new_password: string }) =>
      unwrap(client.POST('/api/v1/auth/password-reset/confirm', { body })),
  });
}
