import { Flex, ProgressBar, Statistics, StatisticsItem, Text } from '@hubspot/ui-extensions';
import type { DealKpisOutput } from '../../../src/handlers/contracts/dealKpis';
import type { I18n } from '../../i18n/useI18n';

type Impact = NonNullable<DealKpisOutput['impact']>;

/**
 * What closing the deal does for its owner (kpi-spec §7): attainment before → after on a
 * ProgressBar, and the commission it adds only when the viewer may see it (`commission` non-null).
 */
export function OwnerImpact(props: { impact: Impact; ownerName: string; open: boolean; currency: string; i18n: I18n }) {
  const { impact, ownerName, open, currency, i18n } = props;
  const { t, format } = i18n;
  const title = t.deal.attainmentTitle(ownerName, impact.period);
  return (
    <Flex direction="column" gap="sm">
      {impact.attainmentNow === null ? (
        <Flex direction="column" gap="xs">
          <Text format={{ fontWeight: 'demibold' }}>{title}</Text>
          <Text testId="attainment-unknown">{impact.quota === null ? t.deal.noQuota : (impact.reason ?? t.common.unknown)}</Text>
        </Flex>
      ) : (
        <ProgressBar
          testId="attainment"
          title={title}
          value={Math.min(impact.attainmentNow * 100, 100)}
          maxValue={100}
          showPercentage
          variant={impact.attainmentNow >= 1 ? 'success' : 'warning'}
          valueDescription={
            open && impact.attainmentAfter !== null
              ? t.deal.attainmentChange(format.percent(impact.attainmentNow, 0), format.percent(impact.attainmentAfter, 0))
              : t.deal.attainmentClosed(format.percent(impact.attainmentNow, 0))
          }
        />
      )}
      {impact.commission === null ? null : (
        <Statistics>
          <StatisticsItem label={t.deal.commissionAdded} number={format.currency(impact.commission.added, currency)} testId="commission">
            <Text variant="microcopy">{t.deal.commissionEarned(format.currency(impact.commission.now, currency))}</Text>
          </StatisticsItem>
        </Statistics>
      )}
    </Flex>
  );
}
