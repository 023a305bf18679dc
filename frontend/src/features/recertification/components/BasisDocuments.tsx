import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '@/components/ScrollTable';
import type { Basis } from '../api/types';

/** How far the review of the organisation's documents has come in the cycle. */
export function BasisDocuments({ documents }: { documents: Basis['documents'] }) {
  const { t } = useTranslation();
  const rows: [string, number][] = [
    [t('recert.basis.documents.documents'), documents.documents],
    [t('recert.basis.documents.reviewed'), documents.reviewed],
    [t('recert.basis.documents.open'), documents.findings_open],
    [t('recert.basis.documents.accepted'), documents.findings_accepted],
    [t('recert.basis.documents.dismissed'), documents.findings_dismissed],
    [t('recert.basis.documents.resolved'), documents.findings_resolved],
  ];
  return (
    <section aria-labelledby="basis-documents-title" data-testid="basis-documents">
      <Title order={3} size="h4" id="basis-documents-title" mb="xs">
        {t('recert.basis.documents.title')}
      </Title>
      {documents.documents === 0 ? (
        <Text>{t('recert.basis.documents.none')}</Text>
      ) : (
        <ScrollTable minWidth={280} label={t('recert.basis.documents.title')}>
          <Table striped>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" fw={500}>
                    {label}
                  </Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
