import { BarChart, Flex, Text } from '@hubspot/ui-extensions';
import type { FunnelHealthOutput } from '../../../src/handlers/contracts/funnelHealth';
import type { I18n } from '../../i18n/useI18n';
import { funnelChartRows } from './funnelChartRows';
import { FunnelPairTable } from './FunnelPairTable';

/** One team's stage-to-stage conversion against the thresholds (kpi-spec §5), with the numbers beneath. */
export function TeamFunnelChart({ team, i18n }: { team: FunnelHealthOutput['teams'][number]; i18n: I18n }) {
  const { t } = i18n;
  const rows = funnelChartRows(team.pairs, { conversion: t.funnel.conversion, threshold: t.funnel.threshold });
  if (rows.length === 0) return <Text>{t.funnel.teamTitle(team.name)}</Text>;
  return (
    <Flex direction="column" gap="sm">
      <BarChart
        testId={`funnel-${team.id}`}
        data={rows}
        axes={{
          x: { field: 'pair', fieldType: 'category', label: t.funnel.stagePair },
          y: { field: 'percent', fieldType: 'linear', label: t.funnel.ratePercent },
          options: { groupFieldByColor: 'series', colors: { [t.funnel.conversion]: 'blue', [t.funnel.threshold]: 'orange' } },
        }}
        options={{ title: t.funnel.teamTitle(team.name), showLegend: true, showDataLabels: true, showTooltips: true }}
      />
      <FunnelPairTable teamId={team.id} pairs={team.pairs} i18n={i18n} />
    </Flex>
  );
}
