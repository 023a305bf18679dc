import { Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCertificationFollowUps } from '@/api/get-certification-follow-ups';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { IcsLink } from '@/components/IcsLink';
import { Loading } from '@/components/Loading';
import { ScrollTable } from '@/components/ScrollTable';
import { formatDate, formatDateTime } from '@/lib/dates';
import { FollowUpStatusBadges, kindLabel } from './labels';

/** The "Uppföljning" tab: the 6- and 18-month follow-ups of a certification. */
export function FollowUpsSection({ certificationId }: { certificationId: number }) {
  const { t, i18n } = useTranslation();
  const followUps = useCertificationFollowUps(certificationId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="follow-ups-title">
      <Title order={2} size="h3" id="follow-ups-title" mb="xs">
        {t('followUps.title')}
      </Title>
      <Text mb="sm">{t('followUps.intro')}</Text>
      {followUps.isPending ? (
        <Loading />
      ) : followUps.isError ? (
        <ErrorAlert error={followUps.error} />
      ) : followUps.data.length === 0 ? (
        <Text>{t('followUps.none')}</Text>
      ) : (
        <ScrollTable minWidth={640} label={t('followUps.title')}>
          <Table striped data-testid="follow-ups-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('followUps.fields.kind')}</Table.Th>
                <Table.Th scope="col">{t('followUps.fields.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('followUps.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('followUps.fields.submittedAt')}</Table.Th>
                <Table.Th scope="col">{t('followUps.fields.calendar')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {followUps.data.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/follow-ups/$followUpId" params={{ followUpId: f.id }}>
                      {kindLabel(t, f.kind)}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{formatDate(f.due_on, i18n.language)}</Table.Td>
                  <Table.Td>
                    <FollowUpStatusBadges status={f.status} overdue={f.overdue} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(f.submitted_at, i18n.language)}</Table.Td>
                  <Table.Td>
                    <IcsLink kind="follow-up" id={f.id} what={kindLabel(t, f.kind)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}

/** A compact list of follow-ups across certifications (for dashboards). */
export function FollowUpList({
  items,
  testId,
  showSubmitted = false,
  label,
}: {
  items: readonly {
    id: number;
    organisation_name: string;
    kind: Parameters<typeof kindLabel>[1];
    due_on: string;
    status: Parameters<typeof FollowUpStatusBadges>[0]['status'];
    overdue: boolean;
    submitted_at: string | null;
  }[];
  testId: string;
  showSubmitted?: boolean;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollTable minWidth={600} label={label}>
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('followUps.fields.organisation')}</Table.Th>
            <Table.Th scope="col">{t('followUps.fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('followUps.fields.dueOn')}</Table.Th>
            <Table.Th scope="col">
              {showSubmitted ? t('followUps.fields.submittedAt') : t('followUps.fields.status')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Th scope="row" fw={500}>
                <AnchorLink to="/follow-ups/$followUpId" params={{ followUpId: f.id }}>
                  {f.organisation_name}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{kindLabel(t, f.kind)}</Table.Td>
              <Table.Td>{formatDate(f.due_on, i18n.language)}</Table.Td>
              <Table.Td>
                {showSubmitted ? (
                  formatDateTime(f.submitted_at, i18n.language)
                ) : (
                  <Group gap={6}>
                    <FollowUpStatusBadges status={f.status} overdue={f.overdue} />
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
