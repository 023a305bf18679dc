import { Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { cycleName } from '@/lib/cycle';
import type { Certification, CertificationStage } from '../api/types';
import { CertificationStatusBadge } from './labels';

/** The order of the dashboard: what waits for the trainer first. */
const DASHBOARD_STAGES = [
  'review',
  'training',
  'planning',
  'certified',
] as const satisfies readonly CertificationStage[];

/** A trainer's certifications grouped by stage; the ones waiting for review come first. */
export function CertificationsByStage({ certifications }: { certifications: Certification[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {DASHBOARD_STAGES.map((stage) => {
        const items = certifications.filter((c) => c.stage === stage);
        const id = `stage-${stage}`;
        return (
          <Paper
            key={stage}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-labelledby={id}
            data-testid={id}
          >
            <Title order={2} size="h3" id={id} mb="sm">
              {t(`dashboard.stages.${stage}`)} ({items.length})
            </Title>
            {items.length === 0 ? (
              <Text>{t(`dashboard.empty.${stage}`)}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                {items.map((c) => (
                  <Card key={c.id} withBorder padding="sm" radius="sm">
                    <Stack gap={6}>
                      <AnchorLink
                        to="/certifications/$certificationId"
                        params={{ certificationId: c.id }}
                        search={stage === 'review' ? { tab: 'plan' } : {}}
                        fw={600}
                      >
                        {cycleName(t, c.organisation_name, c.cycle)}
                      </AnchorLink>
                      <Group gap="xs">
                        <CertificationStatusBadge t={t} status={c.status} />
                      </Group>
                      <Text size="sm">
                        {c.moments_held.length > 0
                          ? t('dashboard.momentsHeld', {
                              list: [...c.moments_held].sort().join(', '),
                            })
                          : t('dashboard.noMomentsHeld')}
                      </Text>
                    </Stack>
                  </Card>
                ))}
              </SimpleGrid>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
