import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '@/components/ScrollTable';
import type { ReviewCounts } from '../api/types';
import { groundLabel } from './labels';

/** Findings by ground and status (open, accepted, dismissed), with the sums in the last row. */
export function CountsTable({
  counts,
  caption,
  testId,
}: {
  counts: ReviewCounts;
  caption: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const grounds = Object.entries(counts.by_ground);
  if (grounds.length === 0) {
    return (
      <Text size="sm" data-testid={testId}>
        {t('documents.counts.none')}
      </Text>
    );
  }
  const total = counts.by_status;
  return (
    <ScrollTable minWidth={300} label={caption}>
      <Table data-testid={testId} striped withTableBorder fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.counts.ground')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('documents.counts.open')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('documents.counts.accepted')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('documents.counts.dismissed')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grounds.map(([ground, c]) => (
            <Table.Tr key={ground} data-ground={ground}>
              <Table.Th scope="row" fw={400}>
                {groundLabel(t, ground)}
              </Table.Th>
              <Table.Td ta="right">{c.open}</Table.Td>
              <Table.Td ta="right">{c.accepted}</Table.Td>
              <Table.Td ta="right">{c.dismissed}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('documents.counts.total')}</Table.Th>
            <Table.Td ta="right" fw={700}>
              {total.open}
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {total.accepted}
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {total.dismissed}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollTable>
  );
}
