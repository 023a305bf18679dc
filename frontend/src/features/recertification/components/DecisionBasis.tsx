import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDate } from '@/lib/dates';
import { formatValue } from '@/lib/numbers';
import type { Basis } from '../api/types';
import { BasisDocuments } from './BasisDocuments';
import { BasisEvaluations } from './BasisEvaluations';
import { hasProgress, KINDS, progressRows } from './progress';

// recharts is large: it loads with the review page only when there is something to draw.
const GoalProgressChart = lazy(() => import('./GoalProgressChart'));

/**
 * What the review should decide on: each goal's values at both follow-ups (a chart, and the same
 * figures in a table for everyone, screen readers included), the follow-ups' statuses (overdue as
 * the server says), the review of the organisation's documents and, for staff, the participants'
 * evaluations of the cycle.
 */
export function DecisionBasis({ basis }: { basis: Basis }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = progressRows(basis.goals, (n) => t('plan.goalNumber', { n }));
  const percent = (v: number | null) => (v === null ? '–' : `${v} %`);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="basis-title">
      <Title order={2} size="h3" id="basis-title" mb="xs">
        {t('recert.basis.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('recert.basis.intro')}
      </Text>
      <Stack gap="lg">
        <section aria-labelledby="basis-goals-title">
          <Title order={3} size="h4" id="basis-goals-title" mb="xs">
            {t('recert.basis.goalsTitle')}
          </Title>
          {basis.goals.length === 0 ? (
            <Text>{t('plan.noGoals')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              {hasProgress(rows) ? (
                <figure style={{ margin: 0, minWidth: 0 }}>
                  <Suspense fallback={<Loading />}>
                    <GoalProgressChart rows={rows} />
                  </Suspense>
                  <Text component="figcaption" size="sm" mt="xs">
                    {t('recert.basis.chartCaption')}
                  </Text>
                </figure>
              ) : (
                <Text>{t('recert.basis.nothingToDraw')}</Text>
              )}
              <ScrollTable minWidth={560} label={t('recert.basis.goalsTitle')}>
                <Table striped data-testid="basis-goals-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('recert.basis.goal')}</Table.Th>
                      <Table.Th scope="col">{t('plan.fields.baseline')}</Table.Th>
                      <Table.Th scope="col">{t('recert.basis.sixMonths')}</Table.Th>
                      <Table.Th scope="col">{t('recert.basis.eighteenMonths')}</Table.Th>
                      <Table.Th scope="col">{t('plan.fields.target')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {basis.goals.map((g, i) => {
                      const row = rows[i];
                      return (
                        <Table.Tr key={g.id}>
                          <Table.Th scope="row" fw={500}>
                            {t('plan.goalNumber', { n: i + 1 })}: {g.title || '–'}
                            {g.indicator && (
                              <Text size="xs" c="dimmed">
                                {g.indicator}
                              </Text>
                            )}
                          </Table.Th>
                          <Table.Td>{formatValue(g.baseline, g.unit, lang)}</Table.Td>
                          {KINDS.map((kind) => {
                            const report = g.reports.find((r) => r.kind === kind);
                            return (
                              <Table.Td key={kind}>
                                {report ? (
                                  <>
                                    {formatValue(report.current_value, g.unit, lang)}
                                    <Text size="xs">
                                      {t('recert.basis.progress', {
                                        percent: percent(row?.[kind] ?? null),
                                      })}
                                    </Text>
                                    <Text size="xs">
                                      {report.assessment
                                        ? t(`followUps.assessment.${report.assessment}`, {
                                            defaultValue: report.assessment,
                                          })
                                        : t('followUps.report.notAssessed')}
                                    </Text>
                                  </>
                                ) : (
                                  t('recert.basis.notReported')
                                )}
                              </Table.Td>
                            );
                          })}
                          <Table.Td>{formatValue(g.target, g.unit, lang)}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </SimpleGrid>
          )}
        </section>
        <section aria-labelledby="basis-follow-ups-title">
          <Title order={3} size="h4" id="basis-follow-ups-title" mb="xs">
            {t('recert.basis.followUpsTitle')}
          </Title>
          {basis.follow_ups.length === 0 ? (
            <Text>{t('followUps.none')}</Text>
          ) : (
            <ScrollTable minWidth={420} label={t('recert.basis.followUpsTitle')}>
              <Table striped data-testid="basis-follow-ups-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('followUps.fields.kind')}</Table.Th>
                    <Table.Th scope="col">{t('followUps.fields.dueOn')}</Table.Th>
                    <Table.Th scope="col">{t('followUps.fields.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {basis.follow_ups.map((f) => (
                    <Table.Tr key={f.kind}>
                      <Table.Td>{t(`followUps.kinds.${f.kind}`)}</Table.Td>
                      <Table.Td>{formatDate(f.due_on, lang)}</Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          <StatusBadge
                            tone={
                              f.status === 'accepted'
                                ? 'green'
                                : f.status === 'pending'
                                  ? 'blue'
                                  : 'orange'
                            }
                            label={t(`followUps.status.${f.status}`)}
                          />
                          {f.overdue && <StatusBadge tone="red" label={t('followUps.overdue')} />}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </section>
        <BasisDocuments documents={basis.documents} />
        <BasisEvaluations evaluations={basis.evaluations} />
      </Stack>
    </Paper>
  );
}
