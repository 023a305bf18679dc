import { Stack, Text, Title } from '@mantine/core';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { VerifyForm, VerifyResult } from '@/features/certificates';
import { usePageTitle } from '@/hooks/use-page-title';
import { publicLayoutRoute } from './public';

/** Anyone can check a certificate here, without logging in. */
export const verifyRoute = createRoute({
  getParentRoute: () => publicLayoutRoute,
  path: '/verify',
  component: function VerifyPage() {
    const { t } = useTranslation();
    const navigate = useNavigate();
    usePageTitle(t('verify.title'));
    return (
      <Stack>
        <Title order={1}>{t('verify.title')}</Title>
        <Text>{t('verify.intro')}</Text>
        <VerifyForm
          onVerify={(number) => void navigate({ to: '/verify/$number', params: { number } })}
        />
      </Stack>
    );
  },
});

export const verifyNumberRoute = createRoute({
  getParentRoute: () => publicLayoutRoute,
  path: '/verify/$number',
  component: function VerifyNumberPage() {
    const { t } = useTranslation();
    const navigate = useNavigate();
    const { number } = verifyNumberRoute.useParams();
    usePageTitle(t('verify.titleNumber', { number }));
    return (
      <Stack>
        <Title order={1}>{t('verify.titleNumber', { number })}</Title>
        <VerifyResult number={number} />
        <Title order={2} size="h4" mt="lg">
          {t('verify.another')}
        </Title>
        <VerifyForm
          key={number}
          onVerify={(n) => void navigate({ to: '/verify/$number', params: { number: n } })}
        />
      </Stack>
    );
  },
});
