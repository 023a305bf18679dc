import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { allows } from '@/lib/authorization';
import { addDays, isIsoDate, todayIso } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { type StatusAction, useCertificateStatus } from '../api/certificate-status';
import type { Certificate } from '../api/types';

type Dialog = 'suspend' | 'restore' | 'withdraw' | null;

/**
 * What the certificate's `allowed_actions` offer (admins and auditors): suspend a valid certificate
 * (a reason, until a date if known), restore a suspended one, or withdraw it for good (a reason and
 * a confirmation). Nothing for a withdrawn or expired one, nor for anyone else.
 */
export function CertificateActions({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const canSuspend = allows(certificate, 'certificate:suspend');
  const canRestore = allows(certificate, 'certificate:restore');
  const canWithdraw = allows(certificate, 'certificate:withdraw');
  if (!canSuspend && !canRestore && !canWithdraw) return null;
  return (
    <>
      <Group gap="sm" wrap="wrap" data-testid="certificate-actions">
        {canSuspend && (
          <Button variant="outline" onClick={() => setDialog('suspend')}>
            {t('certificate.actions.suspend')}
          </Button>
        )}
        {canRestore && (
          <Button variant="outline" onClick={() => setDialog('restore')}>
            {t('certificate.actions.restore')}
          </Button>
        )}
        {canWithdraw && (
          <Button variant="outline" color="red.9" onClick={() => setDialog('withdraw')}>
            {t('certificate.actions.withdraw')}
          </Button>
        )}
      </Group>
      {dialog && (
        <StatusDialog
          key={dialog}
          kind={dialog}
          certificate={certificate}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}

function StatusDialog({
  kind,
  certificate,
  onClose,
}: {
  kind: Exclude<Dialog, null>;
  certificate: Certificate;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useCertificateStatus(certificate);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const reasonRequired = kind !== 'restore';

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (reasonRequired && !reason.trim()) found.reason = t('certificate.actions.reasonRequired');
    if (kind === 'suspend' && until && (!isIsoDate(until) || until <= todayIso())) {
      found.until = t('certificate.actions.untilInvalid');
    }
    if (kind === 'withdraw' && !confirmed) found.confirm = t('certificate.actions.confirmRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const action: StatusAction =
      kind === 'suspend'
        ? { kind, body: { reason: reason.trim(), until: until || null } }
        : kind === 'restore'
          ? { kind, body: { reason: reason.trim() } }
          : { kind, body: { reason: reason.trim() } };
    change.mutate(action, {
      onSuccess: () => {
        notify(t(`certificate.actions.${kind}Done`));
        onClose();
      },
    });
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t(`certificate.actions.${kind}Title`)}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          <Text size="sm">
            {t(`certificate.actions.${kind}Intro`, { number: certificate.number })}
          </Text>
          {kind === 'withdraw' && (
            <Alert color="red" title={t('certificate.actions.withdrawWarningTitle')}>
              {t('certificate.actions.withdrawWarning')}
            </Alert>
          )}
          <ErrorAlert error={change.error} />
          <TextInput
            label={
              reasonRequired
                ? t('certificate.actions.reason')
                : t('certificate.actions.reasonOptional')
            }
            description={t('certificate.actions.reasonHint')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setErrors((x) => ({ ...x, reason: '' }));
            }}
            error={errors.reason || undefined}
            required={reasonRequired}
            maxLength={200}
            data-autofocus
          />
          {kind === 'suspend' && (
            <TextInput
              type="date"
              label={t('certificate.actions.until')}
              description={t('certificate.actions.untilHint')}
              value={until}
              min={addDays(todayIso(), 1)}
              onChange={(e) => {
                setUntil(e.currentTarget.value);
                setErrors((x) => ({ ...x, until: '' }));
              }}
              error={errors.until || undefined}
            />
          )}
          {kind === 'withdraw' && (
            <Checkbox
              label={t('certificate.actions.confirmWithdraw', { number: certificate.number })}
              checked={confirmed}
              onChange={(e) => {
                setConfirmed(e.currentTarget.checked);
                setErrors((x) => ({ ...x, confirm: '' }));
              }}
              error={errors.confirm || undefined}
            />
          )}
          <FormActions
            onCancel={onClose}
            busy={change.isPending}
            submitLabel={t(`certificate.actions.${kind}Confirm`)}
            danger={kind === 'withdraw'}
          />
        </Stack>
      </form>
    </Modal>
  );
}
