import { Statistics, StatisticsItem, Text } from '@hubspot/ui-extensions';
import type { DealKpisOutput } from '../../../src/handlers/contracts/dealKpis';
import type { I18n } from '../../i18n/useI18n';

/** The historical chance that deals in this stage go on to win, always with its n (kpi-spec §5 confidence). */
export function WinChance({ winChance, i18n }: { winChance: DealKpisOutput['health']['winChance']; i18n: I18n }) {
  const { t, format } = i18n;
  const n = format.number(winChance.n, 0);
  return (
    <Statistics>
      <StatisticsItem label={t.deal.winChance} number={format.percent(winChance.rate, 0)} testId="win-chance">
        <Text variant="microcopy">
          {winChance.rate === null
            ? t.deal.winChanceUnknown(n)
            : winChance.ci === null
              ? t.deal.winChanceBasis(n, t.common.unknown, t.common.unknown)
              : t.deal.winChanceBasis(n, format.percent(winChance.ci[0], 0), format.percent(winChance.ci[1], 0))}
        </Text>
      </StatisticsItem>
    </Statistics>
  );
}
