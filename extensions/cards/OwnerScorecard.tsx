import { DataAsOf } from '../components/DataAsOf';
import { EmptyState, Flex, Heading, Select, Text } from '@hubspot/ui-extensions';
import type { KpiClient } from '../client/kpiClient';
import { RemoteView } from '../components/RemoteView';
import { SettingsFallbackNotice } from '../components/SettingsFallbackNotice';
import { useOwnerScorecard } from '../hooks/useOwnerScorecard';
import { useI18n } from '../i18n/useI18n';
import { KpiTable } from './scorecard/KpiTable';
import { ScorecardSummary } from './scorecard/ScorecardSummary';
import { ScoreTrend } from './scorecard/ScoreTrend';

export interface OwnerScorecardProps {
  client: KpiClient;
  /** The owner whose scorecard to show; undefined: the signed-in user's own ("My scorecard"). */
  ownerId?: string;
  locale?: string;
  initialPeriod?: string;
}

/** The weighted role scorecard of one owner for one period (kpi-spec §6), with a period picker. */
export function OwnerScorecard({ client, ownerId, locale, initialPeriod }: OwnerScorecardProps) {
  const i18n = useI18n(locale);
  const { t } = i18n;
  const remote = useOwnerScorecard(client, ownerId, initialPeriod);
  return (
    <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
      {(scorecard) => (
        <Flex direction="column" gap="md">
          <SettingsFallbackNotice fallback={scorecard.settingsFallback} t={t} />
          <Flex direction="row" justify="between" align="end" wrap>
            <Flex direction="column" gap="flush">
              <Heading>{t.scorecard.title(scorecard.owner.name)}</Heading>
              <Text variant="microcopy">{t.scorecard.role[scorecard.role]}</Text>
            </Flex>
            <Select
              testId="period"
              label={t.scorecard.period}
              name="period"
              value={scorecard.period}
              options={[...new Set([scorecard.period, ...scorecard.periods])].map((p) => ({ label: p, value: p }))}
              onChange={(value) => remote.selectPeriod(String(value))}
            />
          </Flex>
          {scorecard.kpis.length === 0 ? (
            <EmptyState title={t.scorecard.emptyTitle} imageName="target" layout="vertical" testId="empty">
              <Text>{t.scorecard.emptyBody}</Text>
            </EmptyState>
          ) : (
            <>
              <ScorecardSummary scorecard={scorecard} i18n={i18n} />
              <KpiTable scorecard={scorecard} i18n={i18n} />
              <ScoreTrend scorecard={scorecard} i18n={i18n} />
            </>
          )}
          <DataAsOf iso={scorecard.dataAsOf} i18n={i18n} />
        </Flex>
      )}
    </RemoteView>
  );
}
