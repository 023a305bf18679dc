import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiBody, client, unwrap } from '@/lib/api';
import { certificationKey, certificationPartKey, RECERTIFICATION_KEY } from '@/lib/query-keys';
import { publicCertificateKey } from './get-public-certificate';
import type { Certificate } from './types';

export type SuspendBody = ApiBody<'/api/v1/certificates/{certificate_id}/suspend', 'post'>;
export type WithdrawBody = ApiBody<'/api/v1/certificates/{certificate_id}/withdraw', 'post'>;
export type RestoreBody = ApiBody<'/api/v1/certificates/{certificate_id}/restore', 'post'>;

export type StatusAction =
  | { kind: 'suspend'; body: SuspendBody }
  | { kind: 'restore'; body: RestoreBody }
  | { kind: 'withdraw'; body: WithdrawBody };

/** Suspend, restore or withdraw a certificate (admins, auditors); the card shows the answer. */
export function useCertificateStatus(certificate: Certificate) {
  const queryClient = useQueryClient();
  const path = { params: { path: { certificate_id: certificate.id } } };
  return useMutation({
    mutationFn: (action: StatusAction) => {
      switch (action.kind) {
        case 'suspend':
          return unwrap(
            client.POST('/api/v1/certificates/{certificate_id}/suspend', {
              ...path,
              body: action.body,
            }),
          );
        case 'restore':
          return unwrap(
            client.POST('/api/v1/certificates/{certificate_id}/restore', {
              ...path,
              body: action.body,
            }),
          );
        case 'withdraw':
          return unwrap(
            client.POST('/api/v1/certificates/{certificate_id}/withdraw', {
              ...path,
              body: action.body,
            }),
          );
      }
    },
    onSuccess: (updated) => {
      const id = certificate.certification_id;
      queryClient.setQueryData(certificationPartKey(id, 'certificate'), updated);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: certificationKey(id) }),
        queryClient.invalidateQueries({ queryKey: RECERTIFICATION_KEY }),
        queryClient.invalidateQueries({ queryKey: publicCertificateKey(updated.number) }),
      ]);
    },
  });
}
