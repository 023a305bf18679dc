import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { liveErrorMessage } from './live-errors';

export function LiveErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" title={t('common.errorTitle')} role="alert">
      {liveErrorMessage(t, error)}
    </Alert>
  );
}
