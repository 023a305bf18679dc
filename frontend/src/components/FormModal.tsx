import { Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog with a form about one thing (a question, a session, a training day): open while there
 * is one, with a named close button. However it closes — the close button, Escape, the form's
 * cancel or after saving — the caller's `mutation` is reset first, so that opening it again does
 * not show the last attempt's error. `children` gets the thing and that closing function, for the
 * form's cancel button and its success.
 */
export function FormModal<T>({
  item,
  title,
  mutation,
  onClose,
  size,
  children,
}: {
  /** What the form is about; `null` keeps the dialog closed. */
  item: T | null;
  title: ReactNode;
  mutation: { reset: () => void };
  onClose: () => void;
  size?: ModalProps['size'];
  children: (item: T, close: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={item !== null}
      onClose={close}
      title={title}
      size={size}
    >
      {item !== null && children(item, close)}
    </Modal>
  );
}
