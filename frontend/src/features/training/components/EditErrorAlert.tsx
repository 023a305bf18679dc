import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api';

/**
 * The error of an edit dialog. A 409 `version_conflict` is said in words: someone else saved
 * first, the dialog now shows what is saved (the data was read again) and the change must be
 * made again.
 */
export function EditErrorAlert({ error, what }: { error: unknown; what: string }) {
  const { t } = useTranslation();
  if (isApiError(error, 409) && error.code === 'version_conflict') {
    return (
      <Alert
        color="orange"
        title={t('errors.version_conflict')}
        role="alert"
        data-testid="edit-conflict"
      >
        {t('training.edit.conflict', { what })}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
