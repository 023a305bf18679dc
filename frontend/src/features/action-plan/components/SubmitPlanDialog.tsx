import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Skicka in planen?": says that unsaved changes are saved first. */
export function SubmitPlanDialog({
  opened,
  dirty,
  busy,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  dirty: boolean;
  busy: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={t('plan.submit.title')}
    >
      <Stack>
        <Text>{t('plan.submit.body')}</Text>
        {dirty && <Text size="sm">{t('plan.submit.savesFirst')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} onClick={onConfirm}>
            {t('plan.submit.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
