import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(client.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
}
