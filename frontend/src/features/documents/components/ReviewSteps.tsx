import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { notify } from '@/lib/notify';
import { useFinishReview } from '../api/finish-review';
import { useReopenReview } from '../api/reopen-review';
import type { Version } from '../api/types';

/** "Avsluta granskningen" (only when every finding is decided) and "Öppna igen". */
export function ReviewSteps({
  certificationId,
  version,
  open,
  canFinish,
  canReopen,
}: {
  certificationId: number;
  version: Version;
  open: number;
  canFinish: boolean;
  canReopen: boolean;
}) {
  const { t } = useTranslation();
  const finish = useFinishReview(certificationId, version);
  const reopen = useReopenReview(certificationId, version);
  const [confirming, setConfirming] = useState(false);
  if (!canFinish && !canReopen) return null;
  const close = () => {
    finish.reset();
    setConfirming(false);
  };
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={6}>
        {canFinish && (
          <Group gap="sm" wrap="wrap">
            <Button
              disabled={open > 0}
              aria-describedby={open > 0 ? 'finish-blocked' : undefined}
              onClick={() => setConfirming(true)}
            >
              {t('documents.review.finish')}
            </Button>
            {open > 0 && (
              <Text size="sm" id="finish-blocked" data-testid="finish-blocked">
                {t('documents.review.finishBlocked', { count: open })}
              </Text>
            )}
          </Group>
        )}
        {canReopen && (
          <Group gap="sm">
            <Button
              variant="outline"
              loading={reopen.isPending}
              onClick={() =>
                reopen.mutate('', { onSuccess: () => notify(t('documents.review.reopened')) })
              }
            >
              {t('documents.review.reopen')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={reopen.error} />
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('documents.review.finishTitle')}
        confirmLabel={t('documents.review.finish')}
        busy={finish.isPending}
        error={finish.error}
        onClose={close}
        reason={{ label: t('documents.review.summary'), maxLength: 4000 }}
        onConfirm={(summary) =>
          finish.mutate(summary, {
            onSuccess: () => {
              notify(t('documents.review.finished'));
              close();
            },
          })
        }
      >
        {t('documents.review.finishConfirm')}
      </ConfirmDialog>
    </Paper>
  );
}
