import {
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '@/api/get-settings';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ScrollTable } from '@/components/ScrollTable';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { allows } from '@/lib/authorization';
import { formatDateTime } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { formatSize } from '@/lib/numbers';
import { useRemoveAttachment } from '../api/remove-attachment';
import type { Attachment, AttachmentLimits, FollowUp } from '../api/types';
import { attachmentUrl, useUploadAttachment } from '../api/upload-attachment';
import {
  ACCEPTED_TYPES,
  MAX_ATTACHMENTS,
  precheck,
  refusalOf,
  refusalReasons,
} from './attachments';
import classes from './follow-ups.module.css';

/**
 * Evidence files of a follow-up: download for everyone, upload and remove as the follow-up's
 * `allowed_actions` say (the working group, while the report is theirs to write).
 */
export function Attachments({ followUp }: { followUp: FollowUp }) {
  const { t, i18n } = useTranslation();
  const upload = useUploadAttachment(followUp.id);
  const [refused, setRefused] = useState<{ name: string; limits: AttachmentLimits } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const canAttach = allows(followUp, 'follow-up:attach');
  const canRemove = allows(followUp, 'follow-up:remove_attachment');
  const maxBytes = useSettings().data?.max_attachment_bytes;
  const files = followUp.attachments;

  const onFile = (file: File | null) => {
    if (!file) return;
    setRefused(null);
    setError(null);
    if (precheck(file, files.length, maxBytes)) {
      setRefused({ name: file.name, limits: {} });
      return;
    }
    upload.mutate(file, {
      onSuccess: () => notify(t('followUps.attachments.uploaded', { name: file.name })),
      onError: (e) => {
        const limits = refusalOf(e);
        if (limits) setRefused({ name: file.name, limits });
        else setError(e);
      },
    });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="attachments-title">
      <Title order={2} size="h3" id="attachments-title" mb="xs">
        {t('followUps.attachments.title')}
      </Title>
      <Stack gap="sm">
        {canAttach && <Text size="sm">{t('followUps.attachments.intro')}</Text>}
        {refused && (
          <Alert
            color="red"
            role="alert"
            title={t('followUps.attachments.refusedTitle', { name: refused.name })}
            data-testid="attachment-refused"
          >
            <List size="sm">
              {refusalReasons(t, i18n.language, refused.limits, maxBytes).map((r) => (
                <List.Item key={r}>{r}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <ErrorAlert error={error} />
        {files.length === 0 ? (
          <Text>{t('followUps.attachments.empty')}</Text>
        ) : (
          <ScrollTable minWidth={480} label={t('followUps.attachments.title')}>
            <Table striped data-testid="attachments-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('followUps.attachments.file')}</Table.Th>
                  <Table.Th scope="col">{t('followUps.attachments.size')}</Table.Th>
                  <Table.Th scope="col">{t('followUps.attachments.uploadedAt')}</Table.Th>
                  {canRemove && (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {files.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td className={classes.fileName}>
                      <Anchor
                        href={attachmentUrl(a.id)}
                        download={a.filename}
                        aria-label={t('followUps.attachments.download', { name: a.filename })}
                      >
                        {a.filename}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatSize(a.size, i18n.language)}</Table.Td>
                    <Table.Td>{formatDateTime(a.uploaded_at, i18n.language)}</Table.Td>
                    {canRemove && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          onClick={() => setRemoving(a)}
                          aria-label={t('followUps.attachments.removeNamed', { name: a.filename })}
                        >
                          {t('followUps.attachments.remove')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {canAttach && (
          <Group gap="sm" wrap="wrap">
            <FileButton onChange={onFile} accept={ACCEPTED_TYPES.join(',')}>
              {(props) => (
                <Button
                  {...props}
                  variant="outline"
                  loading={upload.isPending}
                  disabled={files.length >= MAX_ATTACHMENTS}
                >
                  {t('followUps.attachments.upload')}
                </Button>
              )}
            </FileButton>
            {maxBytes !== undefined && (
              <Text size="sm">
                {t('followUps.attachments.limits', {
                  size: formatSize(maxBytes, i18n.language),
                  count: MAX_ATTACHMENTS,
                })}
              </Text>
            )}
          </Group>
        )}
      </Stack>
      <RemoveDialog
        followUpId={followUp.id}
        attachment={removing}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}

function RemoveDialog({
  followUpId,
  attachment,
  onClose,
}: {
  followUpId: number;
  attachment: Attachment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useConfirmAction(useRemoveAttachment(followUpId), onClose);
  return (
    <ConfirmDialog
      opened={attachment !== null}
      title={t('followUps.attachments.removeTitle')}
      confirmLabel={t('followUps.attachments.remove')}
      danger
      {...remove.dialogProps}
      onConfirm={() =>
        attachment &&
        remove.confirm(attachment.id, () => notify(t('followUps.attachments.removed')))
      }
    >
      <Text className={classes.fileName}>
        {attachment && t('followUps.attachments.removeConfirm', { name: attachment.filename })}
      </Text>
    </ConfirmDialog>
  );
}
