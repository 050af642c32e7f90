import { LineChart, Text } from '@hubspot/ui-extensions';
import type { OwnerScorecardOutput } from '../../../src/handlers/contracts/ownerScorecard';
import type { I18n } from '../../i18n/useI18n';
import { trendRows } from './trendRows';

/** The total score over the last 4 periods (kpi-spec §3 cycle reviews); provisional ones are named under it. */
export function ScoreTrend({ scorecard, i18n }: { scorecard: OwnerScorecardOutput; i18n: I18n }) {
  const { t } = i18n;
  const rows = trendRows(scorecard);
  if (rows.length === 0) return <Text variant="microcopy">{t.scorecard.trendEmpty}</Text>;
  const provisional = scorecard.history.filter((h) => h.provisional && h.total !== null).map((h) => h.period);
  return (
    <>
      <LineChart
        testId="trend"
        data={rows.map((r) => ({ period: r.period, total: r.total }))}
        axes={{
          x: { field: 'period', fieldType: 'category', label: t.scorecard.period },
          y: { field: 'total', fieldType: 'linear', label: t.scorecard.total },
        }}
        options={{ title: t.scorecard.trendTitle, showDataLabels: true, showTooltips: true }}
      />
      {provisional.length > 0 ? (
        <Text variant="microcopy" testId="trend-provisional">
          {t.scorecard.trendProvisional(provisional.join(', '))}
        </Text>
      ) : null}
    </>
  );
}
