import { notifications } from '@mantine/notifications';
import i18n from '@/i18n';

/** A toast whose close button has a translated name (Mantine's has none). */
export function notify(message: string, color: 'green' | 'red' = 'green'): void {
  notifications.show({
    message,
    color,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
