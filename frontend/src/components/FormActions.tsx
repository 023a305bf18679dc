import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The end of a form: "Avbryt" and the submitting button ("Spara" unless `submitLabel` says what
 * it does), right-aligned; `busy` shows the submission running, `danger` makes it red.
 */
export function FormActions({
  onCancel,
  busy = false,
  submitLabel,
  danger = false,
}: {
  onCancel: () => void;
  busy?: boolean;
  submitLabel?: string;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy} color={danger ? 'red.9' : undefined}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
