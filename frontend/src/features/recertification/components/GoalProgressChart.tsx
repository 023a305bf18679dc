import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { ProgressRow } from './progress';

/**
 * Goal progress at the 6- and 18-month follow-ups as bars (percent of the way from baseline to
 * target). Loaded lazily with recharts; hidden from screen readers, which get the table beside it.
 */
export default function GoalProgressChart({ rows }: { rows: ProgressRow[] }) {
  const { t } = useTranslation();
  return (
    <div aria-hidden="true" data-testid="goal-progress-chart">
      <BarChart
        h={260}
        // The legend sorts by key: "a…" before "b…" keeps 6 months first. A goal not reported has
        // no bar (null), not a bar at zero.
        data={rows.map((r) => ({
          goal: r.short,
          a_six: r.six_months,
          b_eighteen: r.eighteen_months,
        }))}
        dataKey="goal"
        series={[
          { name: 'a_six', label: t('recert.basis.sixMonths'), color: '#1864ab' },
          { name: 'b_eighteen', label: t('recert.basis.eighteenMonths'), color: '#8a4500' },
        ]}
        yAxisProps={{
          domain: [(min: number) => Math.min(0, min), (max: number) => Math.max(100, max)],
        }}
        unit=" %"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        withTooltip={false}
        referenceLines={[{ y: 100, label: t('recert.basis.targetLine'), color: '#1d6b30' }]}
        barChartProps={{ accessibilityLayer: false }}
        gridAxis="y"
        tickLine="y"
      />
    </div>
  );
}
