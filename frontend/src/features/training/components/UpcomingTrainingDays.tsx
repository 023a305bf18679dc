import { Paper, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { trainingDaysQueryOptions } from '@/api/get-training-days';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { formatDate, todayIso } from '@/lib/dates';
import { combinationLabel } from './labels';

export interface CertificationRef {
  id: number;
  organisation_name: string;
}

/**
 * The coming training days of the given certifications (a trainer has few, so one request per
 * certification is fine), soonest first.
 */
export function UpcomingTrainingDays({ certifications }: { certifications: CertificationRef[] }) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const results = useQueries({
    queries: certifications.map((c) => trainingDaysQueryOptions(c.id)),
  });
  const pending = results.some((r) => r.isPending);
  const error = results.find((r) => r.isError)?.error;
  const days = results
    .flatMap((r, i) => {
      const cert = certifications[i];
      return cert ? (r.data ?? []).map((d) => ({ ...d, cert })) : [];
    })
    .filter((d) => d.status === 'planned' && d.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="upcoming-title">
      <Title order={2} size="h3" id="upcoming-title" mb="sm">
        {t('dashboard.upcoming.title')}
      </Title>
      {error ? (
        <ErrorAlert error={error} />
      ) : pending ? (
        <Loading />
      ) : days.length === 0 ? (
        <Text>{t('dashboard.upcoming.empty')}</Text>
      ) : (
        <ScrollTable minWidth={480} label={t('dashboard.upcoming.title')}>
          <Table striped data-testid="upcoming-days">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('training.fields.date')}</Table.Th>
                <Table.Th scope="col">{t('certifications.fields.organisation')}</Table.Th>
                <Table.Th scope="col">{t('training.fields.moments')}</Table.Th>
                <Table.Th scope="col">{t('training.fields.location')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDate(d.date, i18n.language)}</Table.Td>
                  <Table.Td>
                    <AnchorLink
                      to="/certifications/$certificationId"
                      params={{ certificationId: d.cert.id }}
                      search={{ tab: 'training' }}
                    >
                      {d.cert.organisation_name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{combinationLabel(t, d.moments)}</Table.Td>
                  <Table.Td>{d.location || '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
