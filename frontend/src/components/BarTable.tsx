import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bars, type LabelCount } from '@/lib/distribution';
import classes from './BarTable.module.css';

/**
 * A distribution as horizontal bars (CSS only, hidden from screen readers) with the same figures in
 * a table beside it (below on a narrow screen): label, count and share. `large` is for the
 * projector.
 */
export function BarTable({
  rows,
  caption,
  labelHeader,
  large = false,
  testId,
}: {
  rows: readonly LabelCount[];
  caption: string;
  labelHeader: string;
  large?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const drawn = bars(rows);
  return (
    <div className={`${classes.wrap} ${large ? classes.large : ''}`}>
      <ul className={classes.bars} aria-hidden="true" data-testid={testId && `${testId}-bars`}>
        {drawn.map((b, i) => (
          // Labels may repeat (two options with the same text): the position keeps them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the order is the question's order
          <li key={i}>
            <span className={classes.label}>{b.label}</span>
            <span className={classes.track}>
              <span className={classes.bar} style={{ width: `${b.width}%` }} />
            </span>
            <span className={classes.count}>{b.count}</span>
          </li>
        ))}
      </ul>
      <div className={classes.table}>
        <Table data-testid={testId} withTableBorder striped>
          {/* On the projector the question is the page's heading already: the caption is for
              screen readers there. */}
          <caption className={large ? classes.srOnly : undefined}>{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{labelHeader}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('results.count')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('results.share')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {drawn.map((b, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the order is the question's order
              <Table.Tr key={i}>
                <Table.Th scope="row" fw={500}>
                  {b.label}
                </Table.Th>
                <Table.Td ta="end">{b.count}</Table.Td>
                <Table.Td ta="end">{b.percent} %</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </div>
  );
}
