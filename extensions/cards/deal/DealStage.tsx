import { Flex, Heading, Tag, Text } from '@hubspot/ui-extensions';
import type { DealKpisOutput } from '../../../src/handlers/contracts/dealKpis';
import type { I18n } from '../../i18n/useI18n';

/** Stage and days in stage against the stalled line (kpi-spec §5 stage aging). */
export function DealStage({ data, i18n }: { data: DealKpisOutput; i18n: I18n }) {
  const { t, format } = i18n;
  const { deal, health } = data;
  if (deal.outcome === 'won' || deal.outcome === 'lost') {
    return (
      <Flex direction="column" gap="xs">
        <Heading>{deal.stageLabel ?? t.deal.stage}</Heading>
        <Tag variant={deal.outcome === 'won' ? 'success' : 'default'}>{deal.outcome === 'won' ? t.deal.closedWon : t.deal.closedLost}</Tag>
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="xs">
      <Flex direction="row" gap="sm" align="center">
        <Heading inline>{deal.stageLabel ?? t.common.unknown}</Heading>
        {health.stalled === true ? (
          <Tag variant="error" testId="stalled">
            {t.deal.stalled}
          </Tag>
        ) : null}
      </Flex>
      {deal.pipelineLabel === null ? null : <Text variant="microcopy">{deal.pipelineLabel}</Text>}
      <Text testId="days-in-stage">
        {health.daysInStage === null ? t.deal.daysUnknown : t.deal.daysInStage(format.number(health.daysInStage, 0), Math.round(health.daysInStage))}
      </Text>
      <Text variant="microcopy">
        {health.stalledLineDays === null ? t.deal.noStalledLine : t.deal.stalledLine(format.number(health.stalledLineDays, 0))}
      </Text>
    </Flex>
  );
}
