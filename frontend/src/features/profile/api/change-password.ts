import { useMutation } from '@tanstack/react-query';
import { type ApiBody, client, unwrap } from '@/lib/api';

export type PasswordChange = ApiBody<'/api/v1/users/me/password', 'post'>;

/** Ends every session of the user (this one too): the caller sends them to the login page. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: PasswordChange) =>
      unwrap(client.POST('/api/v1/users/me/password', { body })),
  });
}
