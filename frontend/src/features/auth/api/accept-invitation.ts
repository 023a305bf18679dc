import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import type { InvitationAccept } from './types';

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: InvitationAccept) =>
      unwrap(client.POST('/api/v1/auth/invitations/accept', { body })),
  });
}
