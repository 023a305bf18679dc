import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnsavedChangesGuard } from '@/hooks/use-unsaved-changes-guard';

/**
 * "Osparade ändringar": shown while `useUnsavedChangesGuard` holds a navigation. Staying is the
 * default (it has the focus), since leaving throws the changes away; `body` says what is unsaved.
 */
export function UnsavedChangesDialog({
  guard,
  body,
}: {
  guard: UnsavedChangesGuard;
  body: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={guard.blocked}
      onClose={guard.stay}
      title={t('common.unsavedChanges.title')}
    >
      <Stack>
        <Text>{body}</Text>
        <Group justify="flex-end" wrap="wrap">
          <Button variant="outline" color="red.9" onClick={guard.leave}>
            {t('common.unsavedChanges.leave')}
          </Button>
          <Button onClick={guard.stay} data-autofocus>
            {t('common.unsavedChanges.stay')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
